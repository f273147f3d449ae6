package com.betterbros.props.bench;

import com.betterbros.props.app.HeapBenchCommand;
import com.betterbros.props.eval.core.BacktestBenchmark;
import com.betterbros.props.export.core.XlsxBenchmark;
import com.betterbros.props.live.LiveFeedBenchmark;
import com.betterbros.props.math.SlipBenchmark;
import com.betterbros.props.model.core.PredictBenchmark;
import com.betterbros.props.optimize.core.OptimizerBenchmark;
import com.betterbros.props.optimize.core.PortfolioBenchmark;
import com.betterbros.props.optimize.core.WholeBoardBenchmark;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark commands. They live outside the service jar (src/bench/java, compiled with the
 * tests) and run through the {@code bench} Maven profile:
 * {@code mvn -B -ntp -Pbench test-compile exec:exec -Dbench.args="slips"} (docs/BENCHMARKS.md).
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "help" : args[0];
    String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
    switch (command) {
      case "predict" -> {
        Map<String, String> o = options(rest);
        System.out.print(PredictBenchmark.run(number(o, "seed", 42), (int) number(o, "days", 90),
            (int) number(o, "rows", 10_000), (int) number(o, "warmups", 5), (int) number(o, "runs", 11)));
      }
      case "backtest" -> {
        Map<String, String> o = options(rest);
        System.out.print(BacktestBenchmark.run(number(o, "seed", 42), (int) number(o, "season-days", 90),
            (int) number(o, "days", 60)));
      }
      case "xlsx" -> {
        Map<String, String> o = options(rest);
        System.out.print(XlsxBenchmark.run((int) number(o, "rows", 100_000), number(o, "seed", 42)));
      }
      case "slips" -> System.out.print(SlipBenchmark.run());
      case "live" -> {
        Map<String, String> o = options(rest);
        System.out.print(LiveFeedBenchmark.run((int) number(o, "subscribers", 1_000)));
      }
      case "optimizer" -> System.out.print(OptimizerBenchmark.run());
      case "whole-board" -> System.out.print(WholeBoardBenchmark.run());
      case "portfolio" -> System.out.print(PortfolioBenchmark.run());
      case "heap" -> HeapBenchCommand.run(rest);
      case "loadtest" -> LoadTestCommand.main(options(rest));
      case "busbench" -> BusBenchCommand.main(options(rest));
      case "chaos" -> ChaosCommand.main(rest.length == 0 ? "help" : rest[0],
          options(Arrays.copyOfRange(rest, Math.min(1, rest.length), rest.length)));
      case "jmh" -> org.openjdk.jmh.Main.main(rest);
      default -> {
        System.out.println(String.join("\n", List.of(
            "usage: BenchMain command",
            "  predict [--rows 10000] [--runs 11] [--warmups 5] [--seed 42] [--days 90]   batch vs per-row prediction",
            "  backtest [--days 60] [--seed 42] [--season-days 90]   walk-forward backtests vs the baseline",
            "  xlsx [--rows 100000] [--seed 42]          XLSX export: streaming vs in-memory workbook, time and peak heap",
            "  slips                                     exact and Monte Carlo slip probabilities vs naive Monte Carlo",
            "  live [--subscribers 1000]                 /ws/edges: a full-board import reaching N subscribers vs one",
            "  optimizer                                 exact / genetic / greedy slip optimizer",
            "  whole-board                               exact under a 2 s budget, sizes 3-6 on 200/400/600 legs, step 1 vs tightened",
            "  portfolio                                 top_k under max_exposure: joint branch and bound vs greedy;"
                + " portfolio simulation vs slip by slip",
            "  heap [--stages idle,synthetic,real,load,gateway] --history A[,B] --board B.json [--days 90]"
                + " [--load-seconds 10] [--xmx 512m]   heap after GC and RSS of a node per stage, each in its own JVM",
            "  loadtest [--seconds 20] [--warmup 5] [--connections 64] [--max-requests 5000000] [--days 30]"
                + " [--targets props,predict,health]   HTTP load on a node vs a bare vertx-web server",
            "  busbench [--seconds 10] [--warmup 3] [--concurrency 32]   props.service from another cluster node vs locally",
            "  chaos kill-node|kill-gateway|redis|postgres|late-join [--rate 200] [--days 14]   a fault in a local 3-node cluster"
                + " under load (docs/BENCHMARKS.md, Chaos)",
            "  jmh [JMH options, e.g. SlipProbabilityJmh]   the JMH benchmarks (src/bench/java, *Jmh)")));
        if (!"help".equals(command)) {
          System.exit(2);
        }
      }
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
      }
      values.put(args[i].substring(2), args[++i]);
    }
    return values;
  }

  /** Option {@code --name} as a whole number ({@code fallback} when absent); a clear error otherwise. */
  static long number(Map<String, String> options, String name, long fallback) {
    String v = options.get(name);
    try {
      return v == null ? fallback : Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + v + "'");
    }
  }
}
