package com.betterbros.props.sim;

import java.util.List;

/** The stat types the synthetic boards offer, with their normalised keys. */
enum PropStat {
  POINTS("points"),
  REBOUNDS("rebounds"),
  ASSISTS("assists"),
  PTS_REBS_ASTS("pts_rebs_asts"),
  THREES("threes");

  static final List<PropStat> ALL = List.of(values());

  final String key;

  PropStat(String key) {
    this.key = key;
  }
}
