package com.betterbros.props.props;

import com.betterbros.props.props.core.Prop;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Props for repository tests: a mutable builder and a small board that exercises every filter. */
final class PropFixtures {

  static final Instant START = Instant.parse("2025-01-10T00:00:00Z");
  static final Instant SEEN = Instant.parse("2025-01-09T12:00:00Z");

  /** Builder fields, defaulting to a Jokic points prop on PrizePicks. */
  static final class Draft {
    String platform = "prizepicks";
    String sport = "nba";
    String externalId;
    String playerId = "nikola-jokic";
    String playerName = "Nikola Jokić";
    String team = "DEN";
    String opponent = "LAL";
    String gameId = "g1";
    String statType = "points";
    double line = 24.5;
    Instant startTime = START;
    String status = "open";
    Double trueProbOver = null;
    Instant updatedAt = SEEN;
  }

  private PropFixtures() {}

  static Prop prop(String externalId) {
    return prop(externalId, d -> {});
  }

  static Prop prop(String externalId, Consumer<Draft> edit) {
    Draft d = new Draft();
    d.externalId = externalId;
    edit.accept(d);
    return new Prop(Prop.idOf(d.platform, d.externalId), d.platform, d.sport, d.externalId,
        d.playerId, d.playerName, d.team, d.opponent, d.gameId, d.statType, d.line, d.startTime,
        d.status, d.trueProbOver, d.updatedAt);
  }

  /** The same prop under another id (null included, to test validation). */
  static Prop withId(Prop p, String id) {
    return new Prop(id, p.platform(), p.sport(), p.externalId(), p.playerId(), p.playerName(),
        p.team(), p.opponent(), p.gameId(), p.statType(), p.line(), p.startTime(), p.status(),
        p.trueProbOver(), p.updatedAt());
  }

  /**
   * Six props: three at START in game g1 (two Jokic, one LeBron, whose opponent is DEN), two
   * Underdog props an hour later in g2 (one suspended), and one WNBA prop a day later.
   * Listed in reverse of the expected order, so order-by is actually exercised.
   */
  static List<Prop> board() {
    Instant hourLater = START.plus(Duration.ofHours(1));
    return List.of(
        prop("6", d -> {
          d.sport = "wnba"; d.playerId = "aja-wilson"; d.playerName = "A'ja Wilson";
          d.team = "LV"; d.opponent = "NY"; d.gameId = "g3"; d.line = 22.5;
          d.startTime = START.plus(Duration.ofDays(1));
        }),
        prop("5", d -> {
          d.platform = "underdog"; d.playerId = "jayson-tatum"; d.playerName = "Jayson Tatum";
          d.team = "BOS"; d.opponent = "DAL"; d.gameId = "g2"; d.line = 27.5;
          d.startTime = hourLater; d.status = "suspended";
        }),
        prop("4", d -> {
          d.platform = "underdog"; d.playerId = "luka-doncic"; d.playerName = "Luka Dončić";
          d.team = "DAL"; d.opponent = "BOS"; d.gameId = "g2"; d.statType = "assists";
          d.line = 8.5; d.startTime = hourLater;
        }),
        prop("3", d -> {
          d.playerId = "lebron-james"; d.playerName = "LeBron James"; d.team = "LAL";
          d.opponent = "DEN"; d.line = 25.5;
        }),
        prop("2", d -> {
          d.statType = "rebounds"; d.line = 11.5;
        }),
        prop("1"));
  }
}
