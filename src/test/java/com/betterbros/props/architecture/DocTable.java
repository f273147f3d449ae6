package com.betterbros.props.architecture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The action table of one service's section in docs/EVENT-BUS.md, read as the document writes it. */
final class DocTable {

  /** One row: {@code | `action` | request | reply | failures |}. */
  record Row(String action, String request, String reply) {

    /** The reply's type: the first backticked name, when the cell starts with one. */
    String replyType() {
      if (!reply.startsWith("`")) {
        return "";
      }
      String name = reply.substring(1, reply.indexOf('`', 1));
      return name.matches("[A-Z]\\w*") ? name : "";
    }

    /** The field names at the top level of the first {...} after the reply type. */
    List<String> topLevelFields() {
      int open = reply.indexOf('{');
      List<String> fields = new ArrayList<>();
      if (open < 0) {
        return fields;
      }
      int depth = 0;
      StringBuilder token = new StringBuilder();
      for (int i = open + 1; i < reply.length(); i++) {
        char c = reply.charAt(i);
        if (depth == 0 && (c == ',' || c == '}')) {
          String name = token.toString().split(":")[0].replace("?", "").strip();
          if (name.matches("[a-z][a-z0-9_]*")) {
            fields.add(name);
          }
          token.setLength(0);
          if (c == '}') {
            break;
          }
          continue;
        }
        if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
        }
        token.append(c);
      }
      return fields;
    }
  }

  private DocTable() {}

  /** The rows of the section {@code ### address}, by action. */
  static Map<String, Row> rows(String doc, String address) {
    Map<String, Row> rows = new LinkedHashMap<>();
    String header = "### " + address + "\n";
    int start = doc.indexOf(header);
    if (start < 0) {
      return rows;
    }
    int end = doc.length();
    for (String next : new String[] {"\n### ", "\n## "}) {
      int i = doc.indexOf(next, start + header.length());
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    boolean inTable = false;
    for (String line : doc.substring(start, end).split("\n")) {
      if (line.startsWith("| action |")) {
        inTable = true;
        continue;
      }
      if (inTable && !line.startsWith("|")) {
        break;
      }
      if (!inTable || !line.startsWith("| `")) {
        continue;
      }
      List<String> cells = cells(line);
      String action = cells.get(0).replace("`", "").strip();
      rows.put(action, new Row(action, cells.get(1).strip(), cells.get(2).strip()));
    }
    return rows;
  }

  /** Cells of a markdown row, splitting on | that is not escaped as \|. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' && line.charAt(i - 1) != '\\') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }
}
