package com.betterbros.props.history.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.real.RealData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("nba_gamelog CSV: header rules, cell rules, gzip, streaming")
class GameLogReaderTest {

  private static List<GameLogReader.Item> all(String csv) {
    try (GameLogReader r = GameLogReader.open(csv.getBytes(StandardCharsets.UTF_8))) {
      List<GameLogReader.Item> out = new ArrayList<>();
      for (List<GameLogReader.Item> chunk = r.next(2); !chunk.isEmpty(); chunk = r.next(2)) {
        out.addAll(chunk);
      }
      return out;
    }
  }

  @Test
  @DisplayName("columns in any order and any case; a missing column is unknown, never zero")
  void anyOrder() {
    List<GameLogReader.Item> items = all("""
        pts,GAME_DATE,Player_ID,PLAYER_NAME,MIN,REB
        31,2024-11-15,203999,Nikola Jokić,36:30,13
        """);
    GameLogRow row = items.get(0).row();
    assertThat(row.nbaPlayerId()).isEqualTo("203999");
    assertThat(row.playerName()).isEqualTo("Nikola Jokić");
    assertThat(row.date()).isEqualTo(LocalDate.parse("2024-11-15"));
    assertThat(row.box().get(BoxStat.PTS)).isEqualTo(31);
    assertThat(row.box().get(BoxStat.MIN)).isEqualTo(36.5);
    assertThat(row.box().has(BoxStat.STL)).as("no STL column").isFalse();
    assertThat(row.box().has(BoxStat.AST)).isFalse();
    assertThat(row.team()).isNull();
    assertThat(row.home()).isNull();
    assertThat(row.line()).isEqualTo(2);
  }

  @Test
  @DisplayName("MATCHUP gives team, opponent and venue; team codes go through the aliases")
  void matchup() {
    List<GameLogReader.Item> items = all("""
        SEASON_ID,PLAYER_ID,PLAYER_NAME,TEAM_ABBREVIATION,GAME_ID,GAME_DATE,MATCHUP,MIN,PTS,STL
        22024,203999,Nikola Jokic,DEN,0022400201,"Nov 15, 2024",DEN vs. NOP,36.5,31,2
        22024,1629027,Trae Young,ATL,0022400199,2024-11-15T00:00:00,ATL @ GS,34,24,
        """);
    GameLogRow home = items.get(0).row();
    assertThat(home.team()).isEqualTo("DEN");
    assertThat(home.opponent()).isEqualTo("NOP");
    assertThat(home.home()).isTrue();
    assertThat(home.nbaGameId()).isEqualTo("0022400201");
    assertThat(home.date()).isEqualTo(LocalDate.parse("2024-11-15"));
    GameLogRow away = items.get(1).row();
    assertThat(away.opponent()).as("ESPN's GS").isEqualTo("GSW");
    assertThat(away.home()).isFalse();
    assertThat(away.box().has(BoxStat.STL)).as("empty cell").isFalse();
  }

  @Test
  @DisplayName("a bad cell is an error naming its line and column; the other lines still parse")
  void badCells() {
    List<GameLogReader.Item> items = all("""
        PLAYER_ID,PLAYER_NAME,GAME_DATE,PTS,REB,MATCHUP
        1,A,2024-11-15,ten,3,
        2,B,15/11/2024,10,3,
        3,C,2024-11-15,10,-1,
        4,D,2024-11-15,10,3,DEN v LAL
        5,E,2024-11-15,10,3,XYZ @ LAL
        ,,2024-11-15,10,3,
        7,G,2024-11-15,12.0,4,
        """);
    assertThat(items).hasSize(7);
    assertThat(items.subList(0, 6)).allSatisfy(i -> assertThat(i.error()).isNotNull());
    assertThat(items.get(0).error().column()).isEqualTo("PTS");
    assertThat(items.get(0).error().line()).isEqualTo(2);
    assertThat(items.get(1).error().column()).isEqualTo("GAME_DATE");
    assertThat(items.get(2).error().message()).contains("REB");
    assertThat(items.get(3).error().column()).isEqualTo("MATCHUP");
    assertThat(items.get(4).error().message()).contains("XYZ");
    assertThat(items.get(5).error().message()).contains("names no player");
    assertThat(items.get(6).row().box().get(BoxStat.PTS)).isEqualTo(12);
  }

  @Test
  @DisplayName("a file that is not CSV, or lacks the needed columns, is refused naming what is missing")
  void badFiles() {
    assertThatThrownBy(() -> GameLogReader.open("{\"data\": []}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GameLogFormatException.class).hasMessageContaining("PLAYER_ID or PLAYER_NAME")
        .hasMessageContaining("GAME_DATE").hasMessageContaining("at least one stat column");
    assertThatThrownBy(() -> GameLogReader.open("PLAYER_ID,GAME_DATE,MIN\n1,2024-11-15,30\n"
        .getBytes(StandardCharsets.UTF_8))).hasMessageContaining("at least one stat column");
    assertThatThrownBy(() -> GameLogReader.open(new byte[] {0, 1, 2, 3, 4}))
        .hasMessageContaining("not CSV text");
    assertThatThrownBy(() -> GameLogReader.open(new byte[] {0x1f, (byte) 0x8b, 3, 4, 5}))
        .hasMessageContaining("gzip");
    assertThatThrownBy(() -> GameLogReader.open(new byte[0])).hasMessageContaining("empty");
  }

  @Test
  @DisplayName("the real 2024-25 file, gzipped: 28,260 rows, no errors, counted before parsing")
  void realSeason() {
    byte[] gz = RealData.bytes(RealData.SEASON_2024);
    assertThat(GameLogReader.isGzip(gz)).isTrue();
    assertThat(GameLogReader.countLines(gz, 1L << 30)).isEqualTo(28_260);
    assertThatThrownBy(() -> GameLogReader.countLines(gz, 1_000_000)).hasMessageContaining("decodes to more than");
    try (GameLogReader r = GameLogReader.open(gz)) {
      int rows = 0;
      int errors = 0;
      double progress = 0;
      for (List<GameLogReader.Item> chunk = r.next(5_000); !chunk.isEmpty(); chunk = r.next(5_000)) {
        for (GameLogReader.Item i : chunk) {
          rows += i.row() != null ? 1 : 0;
          errors += i.error() != null ? 1 : 0;
        }
        assertThat(r.progress()).isGreaterThanOrEqualTo(progress);
        progress = r.progress();
      }
      assertThat(rows).isEqualTo(28_260);
      assertThat(errors).isZero();
      assertThat(r.progress()).isEqualTo(1.0);
      assertThat(r.columns().stats()).containsOnlyKeys(BoxStat.MIN, BoxStat.PTS, BoxStat.REB, BoxStat.AST,
          BoxStat.FG3M, BoxStat.FGA, BoxStat.FTA, BoxStat.FG3A);
    }
  }
}
