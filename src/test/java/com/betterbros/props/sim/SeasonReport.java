package com.betterbros.props.sim;

import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.Prop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the figures quoted in docs/SYNTHETIC.md for one season:
 * {@code java -cp target/classes:target/test-classes com.betterbros.props.sim.SeasonReport 42 90}.
 */
final class SeasonReport {

  private SeasonReport() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
    long t0 = System.nanoTime();
    Season season = SeasonGenerator.generate(seed, days);
    long t1 = System.nanoTime();
    SeasonGenerator.generate(seed, days);
    long t2 = System.nanoTime();
    System.out.printf("generate(%d, %d): cold %.0f ms, warm %.0f ms; %d games, %d box rows, "
        + "%d props, %d line points, %d injuries%n", seed, days, (t1 - t0) / 1e6,
        (t2 - t1) / 1e6, season.games().size(), season.stats().size(), season.props().size(),
        season.lineHistory().size(), season.injuries().size());
    System.out.println(SeasonMarginals.of(season).toString().replace(", ", ",\n  "));
    System.out.println(WithinGameCorrelations.of(season));

    Map<String, PlayerGameStat> box = new HashMap<>();
    season.stats().forEach(s -> box.put(s.playerId() + "|" + s.gameId(), s));
    Map<String, List<Double>> edges = new HashMap<>();
    List<double[]> pairs = new ArrayList<>();
    for (Prop p : season.props()) {
      edges.computeIfAbsent(p.statType(), k -> new ArrayList<>())
          .add(Math.abs(p.trueProbOver() - 0.5));
      edges.computeIfAbsent("all", k -> new ArrayList<>()).add(Math.abs(p.trueProbOver() - 0.5));
      PlayerGameStat s = box.get(p.playerId() + "|" + p.gameId());
      if (s != null) {
        pairs.add(new double[] {p.trueProbOver(), s.value(p.statType()) > p.line() ? 1 : 0});
      }
    }
    System.out.println("|p - 0.5| quantiles 25/50/75/90%, share >= 0.10:");
    edges.forEach((stat, list) -> {
      double[] x = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      long big = list.stream().filter(e -> e >= 0.1).count();
      System.out.printf("  %-14s n=%6d  %.3f %.3f %.3f %.3f  %.2f%n", stat, x.length,
          x[x.length / 4], x[x.length / 2], x[3 * x.length / 4], x[9 * x.length / 10],
          big / (double) x.length);
    });
    System.out.println("calibration bins (n, mean p, observed):");
    double[][] table = Calibration.table(pairs, 10);
    for (int b = 0; b < table.length; b++) {
      System.out.printf("  [%.1f, %.1f)  %6.0f  %.3f  %.3f%n", b / 10.0, (b + 1) / 10.0,
          table[b][0], table[b][1] / table[b][0], table[b][2] / table[b][0]);
    }
  }
}
