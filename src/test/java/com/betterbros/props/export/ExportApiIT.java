package com.betterbros.props.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.app.Node;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * /export on an embedded node (synthetic season, 30 days, its first model trained, at most 5,000
 * rows an export): every resource in JSON, CSV and XLSX, read back with Commons CSV and POI and
 * compared with what the JSON API says for the same query.
 */
@DisplayName("Exports: props, predictions, snapshots and calibration as JSON, CSV and XLSX")
class ExportApiIT {

  private static final int MAX_ROWS = 5_000;
  private static Node node;
  private static ApiClient alice;
  private static ApiClient bob;
  private static ApiClient carol;

  @BeforeAll
  static void start() throws InterruptedException {
    node = TestNodes.trained(Map.of("BB_EXPORT_MAX_ROWS", Integer.toString(MAX_ROWS)));
    ApiClient admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    alice = admin.withToken(node.devToken("alice", Tier.PRO));
    bob = admin.withToken(node.devToken("bob", Tier.PRO));
    carol = admin.withToken(node.devToken("carol", Tier.FREE));
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static HttpResponse<Buffer> export(ApiClient user, String uri, int status) {
    HttpResponse<Buffer> r = user.get(uri);
    assertThat(r.statusCode()).as(uri + " " + (r.statusCode() == status ? "" : r.bodyAsString())).isEqualTo(status);
    return r;
  }

  /** Every prop of a query through the JSON API, page by page. */
  private static List<JsonObject> allProps(String query) {
    List<JsonObject> out = new ArrayList<>();
    int total;
    do {
      JsonObject page = alice.ok("/props?" + query + "&limit=200&offset=" + out.size());
      total = page.getInteger("total");
      page.getJsonArray("items").forEach(o -> out.add((JsonObject) o));
    } while (out.size() < total);
    return out;
  }

  private static List<CSVRecord> csv(HttpResponse<Buffer> r) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r.bodyAsString())).getRecords();
  }

  private static XSSFWorkbook xlsx(HttpResponse<Buffer> r) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(r.body().getBytes()));
  }

  @Test
  @DisplayName("props over several pages: the same rows, in the same order, in all three formats")
  void propsInThreeFormats() throws IOException {
    String query = "platform=prizepicks&status=settled&stat_type=points";
    List<JsonObject> expected = allProps(query);
    assertThat(expected.size()).as("spans several 500-row pages").isGreaterThan(PropRows.PAGE).isLessThan(MAX_ROWS);

    HttpResponse<Buffer> json = export(alice, "/export/props?" + query, 200);
    assertThat(json.getHeader("Content-Type")).startsWith("application/json");
    assertThat(json.getHeader("Content-Disposition")).matches("attachment; filename=\"props-\\d{4}-\\d\\d-\\d\\d\\.json\"");
    JsonArray items = json.bodyAsJsonObject().getJsonArray("items");
    assertThat(items).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(items.getJsonObject(i).getString("id")).isEqualTo(expected.get(i).getString("id"));
      assertThat(items.getJsonObject(i).getDouble("line")).isEqualTo(expected.get(i).getDouble("line"));
    }

    HttpResponse<Buffer> csv = export(alice, "/export/props?" + query + "&format=csv", 200);
    assertThat(csv.getHeader("Content-Type")).startsWith("text/csv");
    assertThat(csv.getHeader("Content-Disposition")).endsWith(".csv\"");
    List<CSVRecord> records = csv(csv);
    assertThat(records).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      JsonObject p = expected.get(i);
      CSVRecord r = records.get(i);
      assertThat(r.get("id")).isEqualTo(p.getString("id"));
      assertThat(r.get("player_name")).isEqualTo(p.getString("player_name"));
      assertThat(Double.parseDouble(r.get("line"))).isEqualTo(p.getDouble("line"));
      assertThat(r.get("start_time")).isEqualTo(p.getString("start_time"));
    }

    HttpResponse<Buffer> x = export(alice, "/export/props?" + query + "&format=xlsx", 200);
    assertThat(x.getHeader("Content-Type")).isEqualTo(ExportFormat.XLSX.contentType);
    try (XSSFWorkbook book = xlsx(x)) {
      Sheet sheet = book.getSheet("props");
      assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("id");
      assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      int line = PropRows.TABLE.columns().indexOf(PropRows.TABLE.columns().stream()
          .filter(c -> c.name().equals("line")).findFirst().orElseThrow());
      for (int i = 0; i < expected.size(); i++) {
        Row row = sheet.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.get(i).getString("id"));
        assertThat(row.getCell(line).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(line).getNumericCellValue()).isEqualTo(expected.get(i).getDouble("line"));
      }
    }
  }

  @Test
  @DisplayName("predictions carry what POST /model/predict says for each prop")
  void predictions() throws IOException {
    String team = alice.ok("/props?status=open&platform=underdog&limit=1").getJsonArray("items").getJsonObject(0)
        .getString("team");
    String query = "status=open&platform=underdog&team=" + team;
    List<JsonObject> props = allProps(query);
    JsonArray ids = new JsonArray(props.stream().map(p -> p.getString("id")).toList());
    JsonArray predicted = new JsonObject(alice.post("/model/predict", new JsonObject().put("prop_ids", ids).toBuffer())
        .bodyAsString()).getJsonArray("items");
    List<CSVRecord> rows = csv(export(alice, "/export/predictions?" + query + "&format=csv", 200));
    assertThat(rows).hasSize(props.size()).isNotEmpty();
    for (int i = 0; i < rows.size(); i++) {
      JsonObject p = predicted.getJsonObject(i);
      CSVRecord r = rows.get(i);
      assertThat(r.get("prop_id")).isEqualTo(p.getString("prop_id"));
      if (p.getValue("p_over") != null) {
        assertThat(Double.parseDouble(r.get("p_over"))).isEqualTo(p.getDouble("p_over"));
        assertThat(Double.parseDouble(r.get("edge"))).isEqualTo(p.getDouble("edge"));
        assertThat(r.get("side")).isEqualTo(p.getString("side"));
        assertThat(r.get("error")).isEmpty();
      } else {
        assertThat(r.get("p_over")).isEmpty();
        assertThat(r.get("error")).isNotEmpty();
      }
    }
    try (XSSFWorkbook book = xlsx(export(alice, "/export/predictions?" + query + "&format=xlsx", 200))) {
      assertThat(book.getSheet("predictions").getLastRowNum()).isEqualTo(props.size());
    }
  }

  @Test
  @DisplayName("a snapshot exports its frozen items with their outcomes; someone else's is a 404")
  void snapshot() throws IOException {
    String day = alice.ok("/props?status=settled&platform=prizepicks&stat_type=points&limit=1")
        .getJsonArray("items").getJsonObject(0).getString("start_time").substring(0, 10);
    JsonObject filter = new JsonObject().put("platform", "prizepicks").put("stat_type", "points")
        .put("status", "settled").put("from", day).put("to", day);
    HttpResponse<Buffer> created = alice.post("/snapshots", new JsonObject().put("name", "export")
        .put("filter", filter).toBuffer());
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    String id = created.bodyAsJsonObject().getString("id");
    assertThat(alice.post("/snapshots/" + id + "/grade", Buffer.buffer()).statusCode()).isEqualTo(200);
    JsonObject snapshot = alice.ok("/snapshots/" + id);
    JsonArray items = snapshot.getJsonArray("items");
    List<CSVRecord> rows = csv(export(alice, "/export/snapshots/" + id + "?format=csv", 200));
    assertThat(rows).hasSize(items.size());
    JsonArray legs = snapshot.getJsonObject("grade").getJsonArray("legs");
    for (int i = 0; i < rows.size(); i++) {
      JsonObject item = items.getJsonObject(i);
      JsonObject leg = legs.stream().map(JsonObject.class::cast)
          .filter(l -> l.getString("prop_id").equals(item.getString("prop_id"))).findFirst().orElseThrow();
      assertThat(rows.get(i).get("prop_id")).isEqualTo(item.getString("prop_id"));
      assertThat(rows.get(i).get("outcome")).isEqualTo(leg.getString("outcome"));
    }
    try (XSSFWorkbook book = xlsx(export(alice, "/export/snapshots/" + id + "?format=xlsx", 200))) {
      assertThat(book.getSheet("snapshot").getLastRowNum()).isEqualTo(items.size());
    }
    HttpResponse<Buffer> other = export(bob, "/export/snapshots/" + id + "?format=xlsx", 404);
    assertThat(other.bodyAsJsonObject().getString("error")).isEqualTo("not_found");
    assertThat(other.getHeader("Content-Disposition")).isNull();
  }

  @Test
  @DisplayName("calibration exports one row per bin, overall then by segment, as GET /eval/calibration says")
  void calibration() throws IOException {
    JsonObject c = alice.ok("/eval/calibration");
    List<CSVRecord> rows = csv(export(alice, "/export/calibration?format=csv", 200));
    int segmentBins = c.getJsonArray("segments").stream().map(JsonObject.class::cast)
        .mapToInt(s -> s.getJsonArray("bins").size()).sum();
    assertThat(rows).hasSize(c.getJsonArray("bins").size() + segmentBins);
    JsonObject firstBin = c.getJsonArray("bins").getJsonObject(0);
    assertThat(rows.get(0).get("segment")).isEqualTo("all");
    assertThat(Integer.parseInt(rows.get(0).get("n"))).isEqualTo(firstBin.getInteger("n"));
    assertThat(Double.parseDouble(rows.get(0).get("observed"))).isEqualTo(firstBin.getDouble("observed"));
    try (XSSFWorkbook book = xlsx(export(alice, "/export/calibration?format=xlsx", 200))) {
      assertThat(book.getSheet("calibration").getLastRowNum()).isEqualTo(rows.size());
    }
  }

  @Test
  @DisplayName("the daily report: the day's top edges as the model prices them, best slips, yesterday, calibration; XLSX a sheet each")
  void dailyReport() throws IOException {
    String gameId = alice.ok("/props?status=open&platform=prizepicks&limit=1").getJsonArray("items").getJsonObject(0)
        .getString("game_id");
    String date = alice.ok("/history/games/" + gameId).getJsonObject("game").getString("date");
    HttpResponse<Buffer> json = export(alice, "/export/daily-report?date=" + date, 200);
    assertThat(json.getHeader("Content-Disposition")).contains("daily-report-" + date + ".json");
    JsonObject report = json.bodyAsJsonObject();
    JsonArray edges = report.getJsonArray("top_edges");
    assertThat(edges).isNotEmpty().hasSizeLessThanOrEqualTo(DailyReport.TOP_EDGES);
    double previous = Double.POSITIVE_INFINITY;
    for (Object o : edges) {
      JsonObject e = (JsonObject) o;
      assertThat(e.getDouble("edge")).isLessThanOrEqualTo(previous);
      assertThat(e.getDouble("edge")).isCloseTo(e.getDouble("p") - e.getDouble("breakeven"), within(2e-4));
      previous = e.getDouble("edge");
    }
    JsonObject top = edges.getJsonObject(0);
    JsonObject predicted = new JsonObject(alice.post("/model/predict", new JsonObject().put("prop_ids",
        new JsonArray().add(top.getString("prop_id"))).toBuffer()).bodyAsString()).getJsonArray("items").getJsonObject(0);
    assertThat(top.getDouble("edge")).isEqualTo(predicted.getDouble("edge"));
    JsonArray slips = report.getJsonArray("best_slips");
    assertThat(slips).isNotEmpty();
    slips.forEach(o -> {
      assertThat(((JsonObject) o).getJsonArray("legs")).hasSize(3);
      assertThat(((JsonObject) o).getDouble("ev")).isNotNull();
    });
    assertThat(report.getJsonObject("yesterday").getString("to")).isEqualTo(LocalDate.parse(date).minusDays(1).toString());
    assertThat(report.getJsonObject("calibration").getJsonArray("bins")).isNotEmpty();
    try (XSSFWorkbook book = xlsx(export(alice, "/export/daily-report?date=" + date + "&format=xlsx", 200))) {
      assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
          .containsExactly("top_edges", "best_slips", "yesterday", "calibration");
      assertThat(book.getSheet("top_edges").getLastRowNum()).isEqualTo(edges.size());
      assertThat(book.getSheet("best_slips").getLastRowNum()).isEqualTo(slips.size());
      assertThat(book.getSheet("top_edges").getRow(1).getCell(0).getStringCellValue()).isEqualTo(top.getString("prop_id"));
    }
    assertThat(export(alice, "/export/daily-report", 400).bodyAsJsonObject().getString("field")).isEqualTo("date");
    assertThat(export(alice, "/export/daily-report?date=" + date + "&format=csv", 400).bodyAsJsonObject()
        .getString("field")).isEqualTo("format");
  }

  @Test
  @DisplayName("a bad format is 400, the free tier 403, a selection over the row limit 422 — all before any file")
  void refusals() {
    HttpResponse<Buffer> format = export(alice, "/export/props?format=pdf", 400);
    assertThat(format.bodyAsJsonObject().getString("field")).isEqualTo("format");
    assertThat(format.bodyAsJsonObject().getString("message")).contains("pdf");
    assertThat(export(carol, "/export/props?format=csv", 403).bodyAsJsonObject().getString("error"))
        .isEqualTo("forbidden");
    assertThat(alice.ok("/props?limit=1").getInteger("total")).isGreaterThan(MAX_ROWS);
    HttpResponse<Buffer> tooMany = export(alice, "/export/props?format=xlsx", 422);
    assertThat(tooMany.bodyAsJsonObject().getString("field")).isEqualTo("filter");
    assertThat(tooMany.bodyAsJsonObject().getString("message")).contains(Integer.toString(MAX_ROWS));
    assertThat(export(alice, "/export/props?platform=fanduel", 400).bodyAsJsonObject().getString("field"))
        .isEqualTo("platform");
    assertThat(export(alice, "/export/calibration?model=x-unknown&format=csv", 404).getHeader("Content-Disposition"))
        .isNull();
    assertThat(alice.get("/export/snapshots/s-none").statusCode()).isEqualTo(404);
  }
}
