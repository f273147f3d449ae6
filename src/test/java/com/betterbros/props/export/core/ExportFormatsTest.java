package com.betterbros.props.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Export formats: CSV round trip with commas, quotes and unicode; XLSX read back with POI")
class ExportFormatsTest {

  static final Table TABLE = new Table("props", List.of(Column.text("player_name"), Column.number("line"),
      Column.integer("n"), Column.bool("open"), Column.timestamp("start_time"), Column.date("date")));

  static final List<Object[]> ROWS = List.of(
      new Object[] {"Nikola Jokić", 24.5, 3, true, "2025-11-02T01:00:00Z", "2025-11-01"},
      new Object[] {"Shaquille \"Shaq\" O'Neal, Jr.", 10.0, 0, false, "2025-11-03T00:30:00Z", "2025-11-02"},
      new Object[] {"Line\nbreak", null, null, null, null, null});

  @Test
  @DisplayName("CSV written in chunks parses back to the same cells (RFC 4180 quoting)")
  void csvRoundTrip() throws Exception {
    String csv = CsvChunks.header(TABLE) + CsvChunks.rows(TABLE, ROWS.subList(0, 2))
        + CsvChunks.rows(TABLE, ROWS.subList(2, 3));
    assertThat(csv).contains("\"Shaquille \"\"Shaq\"\" O'Neal, Jr.\"").contains("\r\n");
    List<CSVRecord> records = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180).getRecords();
    assertThat(records).hasSize(4);
    assertThat(records.get(0).toList()).containsExactly("player_name", "line", "n", "open", "start_time", "date");
    assertThat(records.get(1).toList()).containsExactly("Nikola Jokić", "24.5", "3", "true", "2025-11-02T01:00:00Z",
        "2025-11-01");
    assertThat(records.get(2).get(0)).isEqualTo("Shaquille \"Shaq\" O'Neal, Jr.");
    assertThat(records.get(3).get(0)).isEqualTo("Line\nbreak");
    assertThat(records.get(3).get(1)).isEmpty();
  }

  @Test
  @DisplayName("XLSX: a bold frozen header, typed cells, 250 rows through a 100-row window, two sheets")
  void xlsxReadBack() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XlsxWorkbook workbook = new XlsxWorkbook()) {
      workbook.sheet(TABLE);
      List<Object[]> many = new ArrayList<>(ROWS);
      for (int i = 0; i < 247; i++) {
        many.add(new Object[] {"player " + i, i + 0.5, i, i % 2 == 0, "2025-11-02T01:00:00Z", "2025-11-01"});
      }
      workbook.rows(many);
      workbook.sheet(new Table("summary", List.of(Column.text("key"), Column.number("value"))));
      workbook.rows(List.<Object[]>of(new Object[] {"brier", 0.24}));
      workbook.write(out);
    }
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet props = read.getSheet("props");
      assertThat(props.getLastRowNum()).isEqualTo(250);
      assertThat(props.getRow(0).getCell(0).getStringCellValue()).isEqualTo("player_name");
      assertThat(read.getFontAt(props.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(props.getPaneInformation().isFreezePane()).isTrue();
      assertThat(props.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nikola Jokić");
      assertThat(props.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(props.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(24.5);
      assertThat(props.getRow(1).getCell(3).getBooleanCellValue()).isTrue();
      assertThat(props.getRow(1).getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 11, 2, 1, 0));
      assertThat(props.getRow(3).getCell(1)).isNull();
      assertThat(props.getRow(250).getCell(0).getStringCellValue()).isEqualTo("player 246");
      assertThat(read.getSheet("summary").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.24);
    }
  }

  @Test
  @DisplayName("a row of the wrong width is refused, naming the table")
  void wrongWidth() {
    assertThatThrownBy(() -> CsvChunks.rows(TABLE, List.<Object[]>of(new Object[] {"x"})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("props");
  }
}
