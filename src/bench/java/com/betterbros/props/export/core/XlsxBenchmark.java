package com.betterbros.props.export.core;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX export benchmark ({@code bench xlsx}): {@code rows} prop-like rows (17 columns: text,
 * numbers, timestamps; seeded) written to a file (a) with {@link XlsxWorkbook} (POI's streaming
 * SXSSF, {@value XlsxWorkbook#WINDOW} rows in memory), page by page as the export does, and (b) the
 * baseline: POI's in-memory XSSFWorkbook holding every row until written. For each, the wall time
 * and the peak heap: the heap pools' peak usage (reset after a GC before the run) minus the heap in
 * use before it. One run each, in that order, in one JVM.
 */
public final class XlsxBenchmark {

  private static final Table TABLE = new Table("props", List.of(Column.text("id"), Column.text("platform"),
      Column.text("sport"), Column.text("player_id"), Column.text("player_name"), Column.text("team"),
      Column.text("opponent"), Column.text("game_id"), Column.text("stat_type"), Column.number("line"),
      Column.text("odds_type"), Column.text("sides"), Column.number("over_multiplier"),
      Column.number("under_multiplier"), Column.timestamp("start_time"), Column.text("status"),
      Column.timestamp("updated_at")));

  private XlsxBenchmark() {}

  public static String run(int rows, long seed) throws Exception {
    Result streamed = measure(() -> streamed(rows, seed));
    Result inMemory = measure(() -> inMemory(rows, seed));
    return String.format(Locale.ROOT, """
        %d rows x %d columns (seed %d), one run each:
          streaming XlsxWorkbook (SXSSF, window %d) ... %6.2f s, peak heap %7.1f MiB, file %5.1f MiB
          baseline in-memory XSSFWorkbook .......... %6.2f s, peak heap %7.1f MiB, file %5.1f MiB
          heap: the streaming writer needs %.1fx less; time ratio (baseline / streaming) %.2f
        """, rows, TABLE.columns().size(), seed, XlsxWorkbook.WINDOW, streamed.seconds, streamed.peakMiB,
        streamed.fileMiB, inMemory.seconds, inMemory.peakMiB, inMemory.fileMiB, inMemory.peakMiB / streamed.peakMiB,
        inMemory.seconds / streamed.seconds);
  }

  private record Result(double seconds, double peakMiB, double fileMiB) {}

  private interface Writer {
    Path write() throws Exception;
  }

  private static Result measure(Writer writer) throws Exception {
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long t0 = System.nanoTime();
    Path file = writer.write();
    double seconds = (System.nanoTime() - t0) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    double size = Files.size(file) / 1048576.0;
    Files.delete(file);
    return new Result(seconds, (peak - before) / 1048576.0, size);
  }

  // the export's way: pages of 500 rows into the streaming workbook
  private static Path streamed(int rows, long seed) throws Exception {
    Path file = Files.createTempFile("bench-", ".xlsx");
    SplittableRandom random = new SplittableRandom(seed);
    try (XlsxWorkbook book = new XlsxWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      book.sheet(TABLE);
      for (int from = 0; from < rows; from += 500) {
        List<Object[]> page = new ArrayList<>(500);
        for (int i = from; i < Math.min(rows, from + 500); i++) {
          page.add(row(i, random));
        }
        book.rows(page);
      }
      book.write(out);
    }
    return file;
  }

  private static Path inMemory(int rows, long seed) throws Exception {
    Path file = Files.createTempFile("bench-", ".xlsx");
    SplittableRandom random = new SplittableRandom(seed);
    try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet(TABLE.name());
      Row header = sheet.createRow(0);
      for (int c = 0; c < TABLE.columns().size(); c++) {
        header.createCell(c).setCellValue(TABLE.columns().get(c).name());
      }
      for (int i = 0; i < rows; i++) {
        Object[] values = row(i, random);
        Row row = sheet.createRow(i + 1);
        for (int c = 0; c < values.length; c++) {
          if (values[c] instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (values[c] != null) {
            row.createCell(c).setCellValue(values[c].toString());
          }
        }
      }
      book.write(out);
    }
    return file;
  }

  private static Object[] row(int i, SplittableRandom random) {
    String player = "player-" + random.nextInt(500);
    return new Object[] {"prizepicks:" + i, "prizepicks", "NBA", player, "Player " + player, "DEN", "LAL",
        "g-" + (i / 300), "points", 0.5 + random.nextInt(40), "standard", "both", 1.0, 1.0,
        "2026-01-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + "T00:00:00Z", "open", "2026-01-01T12:00:00Z"};
  }
}
