package com.betterbros.props.props;

import static com.betterbros.props.store.PgSql.instant;
import static com.betterbros.props.store.PgSql.timestamp;

import com.betterbros.props.props.core.LineTerms;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import com.betterbros.props.props.core.PropRows;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/** A prop as the parameters of {@link PgPropRepository}'s INSERT and UPDATE, and back from a row. */
final class PgPropRows {

  static final String COLUMNS = "id, platform, sport, external_id, player_id, player_name, team,"
      + " opponent, game_id, stat_type, line, start_time, status, p_true, updated_at,"
      + " player_external_id, odds_type, sides, over_multiplier, under_multiplier, result, actual, settled_at";
  static final String INSERT = "INSERT INTO prop_markets (id, platform, sport, external_id,"
      + " player_id, player_name, team, opponent, game_id, stat_type, line, start_time, status,"
      + " p_true, updated_at, player_name_lc, player_external_id, odds_type, sides, over_multiplier,"
      + " under_multiplier, result, actual, settled_at)"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,"
      + " $20, $21, $22, $23, $24)";
  static final String UPDATE = "UPDATE prop_markets SET platform = $2, sport = $3,"
      + " external_id = $4, player_id = $5, player_name = $6, team = $7, opponent = $8,"
      + " game_id = $9, stat_type = $10, line = $11, start_time = $12, status = $13, p_true = $14,"
      + " updated_at = $15, player_name_lc = $16, player_external_id = $17, odds_type = $18,"
      + " sides = $19, over_multiplier = $20, under_multiplier = $21, result = $22, actual = $23,"
      + " settled_at = $24 WHERE id = $1";

  private PgPropRows() {}

  static Tuple tuple(Prop p) {
    return Tuple.from(java.util.Arrays.asList(p.id(), p.platform(), p.sport(), p.externalId(), p.playerId(),
        p.playerName(), p.team(), p.opponent(), p.gameId(), p.statType(), p.line(), timestamp(p.startTime()),
        p.status(), p.trueProbOver(), timestamp(p.updatedAt()), PropRows.fold(p.playerName()),
        p.playerExternalId(), p.terms().oddsType(), p.terms().sides(), p.terms().overMultiplier(),
        p.terms().underMultiplier(), p.outcome() == null ? null : p.outcome().result(),
        p.outcome() == null ? null : p.outcome().actual(),
        p.outcome() == null ? null : timestamp(p.outcome().settledAt())));
  }

  static Prop prop(Row row) {
    return new Prop(row.getString("id"), row.getString("platform"), row.getString("sport"),
        row.getString("external_id"), row.getString("player_id"), row.getString("player_name"),
        row.getString("team"), row.getString("opponent"), row.getString("game_id"),
        row.getString("stat_type"), row.getDouble("line"), instant(row, "start_time"),
        row.getString("status"), row.getDouble("p_true"), instant(row, "updated_at"),
        row.getString("player_external_id"), new LineTerms(row.getString("odds_type"), row.getString("sides"),
            row.getDouble("over_multiplier"), row.getDouble("under_multiplier")),
        row.getString("result") == null ? null
            : new PropOutcome(row.getString("result"), row.getDouble("actual"), instant(row, "settled_at")));
  }
}
