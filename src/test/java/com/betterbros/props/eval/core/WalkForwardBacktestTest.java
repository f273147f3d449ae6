package com.betterbros.props.eval.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.HistoryIndexes;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.optimize.core.OptimizeMethod;
import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.sim.SeasonGenerator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Walk-forward on the synthetic season (seed 11, 32 days), logistic models retrained every 4 days:
 * a bet can never depend on a game played on or after its date. Every box score from the poison
 * date on is replaced by absurd numbers; the bets before that date must come out identical.
 */
@DisplayName("Walk-forward backtests never see the games on or after a bet's date")
class WalkForwardBacktestTest {

  private static DataSnapshot clean;
  private static LocalDate from;
  private static LocalDate to;

  @BeforeAll
  static void season() {
    clean = DataSnapshot.of(SeasonGenerator.generate(11, 32));
    to = clean.games().stream().map(g -> g.date()).max(LocalDate::compareTo).orElseThrow();
    from = to.minusDays(11);
  }

  private static BacktestResult run(DataSnapshot data, Strategy strategy, LocalDate last) {
    HistoryIndex index = HistoryIndexes.of(data);
    BacktestSpec spec = new BacktestSpec(from, last, 4, strategy, 0.0,
        strategy.slips() ? new SlipSpec(2, "power", 2, OptimizeMethod.EXACT) : null,
        strategy.slips() ? new Staking(true, 1, 0.25, 0.05, 0.25) : Staking.flat(1), 100,
        Set.of("prizepicks", "underdog"), SupportedStats.SYNTHETIC_STAT_TYPES, 5);
    BacktestData boards = BacktestData.of(data, index, spec);
    ModelRecipe recipe = new ModelRecipe(ModelType.LOGISTIC_SGD, Map.of(), SupportedStats.SYNTHETIC_STAT_TYPES,
        "props", 5);
    return BacktestRun.run(spec, boards, WalkForwardModels.retraining(spec, boards, recipe), index,
        PayoutTables.bundled(), p -> { });
  }

  /** Every box score dated on or after {@code poison} made absurd (points tripled plus 7, and so on). */
  private static DataSnapshot poisoned(LocalDate poison) {
    List<PlayerGameStat> stats = clean.stats().stream().map(s -> s.date().isBefore(poison) ? s
        : PlayerGameStat.of(s.playerId(), s.gameId(), s.teamId(), s.opponentId(), s.date(), Boolean.TRUE.equals(s.home()),
            s.restDays() == null ? 1 : s.restDays(), s.minutes(), (int) (3 * s.points() + 7), (int) s.rebounds() + 9,
            (int) (2 * s.assists()) + 5, (int) s.threes() + 4, 0, 0, 0)).toList();
    return new DataSnapshot(clean.teams(), clean.players(), clean.games(), stats, clean.injuries(), clean.props());
  }

  @Test
  @DisplayName("single legs: bets before the poisoned date are identical; the models after it differ")
  void singleLegsNeverSeeTheFuture() {
    LocalDate poison = from.plusDays(6);
    BacktestResult a = run(clean, Strategy.SINGLE_LEGS, to);
    BacktestResult b = run(poisoned(poison), Strategy.SINGLE_LEGS, to);
    assertThat(a.models()).extracting(BacktestResult.ModelUse::from)
        .containsExactly(from, from.plusDays(4), from.plusDays(8));
    assertThat(a.models()).allSatisfy(m -> assertThat(m.trainTo()).isBefore(m.from()));
    List<Bet> before = a.bets().stream().filter(x -> x.date().isBefore(poison)).toList();
    assertThat(before).isNotEmpty();
    assertThat(b.bets().stream().filter(x -> x.date().isBefore(poison)).toList()).isEqualTo(before);
    // on the poison date itself the bets are the same legs at the same probabilities (only outcomes moved)
    assertThat(legs(b, poison)).isEqualTo(legs(a, poison));
    // the poison reaches the bets once the model may see it: the last model's probabilities differ
    LocalDate lastBet = a.bets().get(a.bets().size() - 1).date();
    assertThat(lastBet).isAfterOrEqualTo(from.plusDays(8));
    assertThat(legs(b, lastBet)).isNotEqualTo(legs(a, lastBet));
  }

  @Test
  @DisplayName("correlated slips: the same, through the correlation estimates as well")
  void slipsNeverSeeTheFuture() {
    LocalDate poison = from.plusDays(5);
    BacktestResult a = run(clean, Strategy.TOP_SLIPS, from.plusDays(6));
    BacktestResult b = run(poisoned(poison), Strategy.TOP_SLIPS, from.plusDays(6));
    List<Bet> before = a.bets().stream().filter(x -> x.date().isBefore(poison)).toList();
    assertThat(before).isNotEmpty();
    assertThat(b.bets().stream().filter(x -> x.date().isBefore(poison)).toList()).isEqualTo(before);
  }

  private static List<String> legs(BacktestResult r, LocalDate day) {
    return r.bets().stream().filter(x -> x.date().equals(day))
        .flatMap(x -> x.legs().stream().map(l -> l.propId() + " " + l.side() + " " + l.p())).toList();
  }
}
