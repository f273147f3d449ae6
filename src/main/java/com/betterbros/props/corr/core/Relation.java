package com.betterbros.props.corr.core;

/**
 * How two legs relate, and the prior correlation of their outcomes (over/over orientation) that an
 * estimate from few shared games is shrunk toward. Priors: a stat and a combo containing it move
 * together strongly; other stats of one player moderately (shared minutes); teammates slightly
 * negatively (shared usage and rebounds) except points with a teammate's assists; opponents slightly
 * positively (shared pace); different games are independent.
 */
public enum Relation {
  SAME_PLAYER_COMBO(0.7),
  SAME_PLAYER(0.25),
  TEAMMATES_POINTS_ASSISTS(0.1),
  TEAMMATES(-0.05),
  OPPONENTS(0.05),
  DIFFERENT_GAMES(0.0);

  private final double prior;

  Relation(double prior) {
    this.prior = prior;
  }

  public double prior() {
    return prior;
  }

  public String wireName() {
    return name().toLowerCase();
  }

  static Relation of(LegRef a, LegRef b) {
    if (!a.gameId().equals(b.gameId())) {
      return DIFFERENT_GAMES;
    }
    if (a.playerId().equals(b.playerId())) {
      return contains(a.statType(), b.statType()) || contains(b.statType(), a.statType())
          ? SAME_PLAYER_COMBO : SAME_PLAYER;
    }
    if (a.team() != null && a.team().equals(b.team())) {
      boolean pointsAssists = ("points".equals(a.statType()) && "assists".equals(b.statType()))
          || ("assists".equals(a.statType()) && "points".equals(b.statType()));
      return pointsAssists ? TEAMMATES_POINTS_ASSISTS : TEAMMATES;
    }
    return OPPONENTS;
  }

  /** Whether combo stat {@code combo} (e.g. pts_rebs_asts) contains {@code part} (e.g. points). */
  static boolean contains(String combo, String part) {
    return switch (combo) {
      case "pts_rebs_asts" -> part.equals("points") || part.equals("rebounds") || part.equals("assists")
          || part.equals("pts_rebs") || part.equals("pts_asts") || part.equals("rebs_asts");
      case "pts_rebs" -> part.equals("points") || part.equals("rebounds");
      case "pts_asts" -> part.equals("points") || part.equals("assists");
      case "rebs_asts" -> part.equals("rebounds") || part.equals("assists");
      case "blks_stls" -> part.equals("blocks") || part.equals("steals");
      default -> false;
    };
  }
}
