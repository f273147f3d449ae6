package com.betterbros.props.eval.api;

import com.betterbros.props.jobs.api.JobView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A started backtest (the {@code 202} of {@code POST /eval/backtests}): its job, to poll at
 * {@code /jobs/{job_id}}; the job's {@code result} carries {@code backtest_id} when it succeeds.
 */
@DataObject
public class BacktestJob extends JobView {

  public BacktestJob(JsonObject json) {
    super(json);
  }

  public String getJobId() {
    return json.getString("job_id");
  }
}
