package com.betterbros.props.props;

import com.betterbros.props.history.api.BoardGame;
import com.betterbros.props.history.api.BoardPlayer;
import com.betterbros.props.history.api.BoardRequest;
import com.betterbros.props.history.api.ResolvedBoard;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.identity.NameKeys;
import com.betterbros.props.props.core.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity request of a parsed board and how its answer is applied: each NBA prop's player
 * (the platform's id, name, team, US/Eastern date) and game (sport, date, team, opponent, the
 * platform's game id) go to the history domain once; the props come back attached to the
 * canonical player and game ids. A prop whose player no history matched keeps the slug of its
 * name (it is listed as unmatched); a prop of another sport keeps the platform's ids.
 */
final class BoardResolution {

  private BoardResolution() {}

  /** Whether the board has props the identity layer resolves. */
  static boolean needed(List<Prop> props) {
    return props.stream().anyMatch(BoardResolution::resolvable);
  }

  /** The {@code HistoryService.resolveBoard} request of a board. */
  static BoardRequest request(String platform, List<Prop> props) {
    Map<String, BoardPlayer> players = new LinkedHashMap<>();
    Map<String, Integer> propsOf = new LinkedHashMap<>();
    Map<String, BoardGame> games = new LinkedHashMap<>();
    for (Prop p : props) {
      if (!resolvable(p)) {
        continue;
      }
      LocalDate date = GameIds.easternDate(p.startTime());
      String key = playerKey(p);
      players.computeIfAbsent(key, k -> new BoardPlayer().setKey(k).setExternalId(p.playerExternalId())
          .setName(p.playerName()).setTeam(blank(p.team())).setDate(date.toString()));
      propsOf.merge(key, 1, Integer::sum);
      if (blank(p.team()) != null && blank(p.opponent()) != null) {
        games.computeIfAbsent(gameKey(p), k -> new BoardGame().setKey(k).setSport(p.sport())
            .setDate(date.toString()).setTeam(p.team()).setOpponent(p.opponent())
            .setStartTime(p.startTime().toString()).setExternalId(p.gameId()));
      }
    }
    players.forEach((key, player) -> player.setProps(propsOf.get(key)));
    return new BoardRequest().setSource(platform)
        .setPlayers(new ArrayList<>(players.values()))
        .setGames(new ArrayList<>(games.values()));
  }

  /** The props with canonical ids where the answer has them. */
  static List<Prop> apply(List<Prop> props, ResolvedBoard answer) {
    Map<String, String> players = orEmpty(answer.getPlayers());
    Map<String, String> games = orEmpty(answer.getGames());
    List<Prop> out = new ArrayList<>(props.size());
    for (Prop p : props) {
      if (!resolvable(p)) {
        out.add(p);
        continue;
      }
      String player = players.get(playerKey(p));
      String game = games.get(gameKey(p));
      out.add(p.withIds(player != null ? player : p.playerId(), game != null ? game : p.gameId()));
    }
    return out;
  }

  private static Map<String, String> orEmpty(Map<String, String> ids) {
    return ids == null ? Map.of() : ids;
  }

  private static boolean resolvable(Prop p) {
    return "NBA".equals(p.sport());
  }

  static String playerKey(Prop p) {
    return p.playerExternalId() != null ? "id:" + p.playerExternalId()
        : "name:" + NameKeys.of(p.playerName()) + "|" + p.team();
  }

  private static String gameKey(Prop p) {
    return p.sport() + "|" + GameIds.easternDate(p.startTime()) + "|" + p.team() + "|" + p.opponent();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
