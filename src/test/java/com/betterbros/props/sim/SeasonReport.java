package com.betterbros.props.sim;

/** Prints the marginals of a season: {@code java ... SeasonReport [seed] [days]}. */
final class SeasonReport {

  private SeasonReport() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
    long t0 = System.nanoTime();
    Season season = SeasonGenerator.generate(seed, days);
    long t1 = System.nanoTime();
    System.out.printf("generate(%d, %d): %.0f ms, %d games, %d stats, %d props, %d points%n",
        seed, days, (t1 - t0) / 1e6, season.games().size(), season.stats().size(),
        season.props().size(), season.lineHistory().size());
    System.out.println(SeasonMarginals.of(season).toString().replace(", ", ",\n  "));
  }
}
