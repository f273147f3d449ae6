package com.betterbros.props.sim;

import com.betterbros.props.history.core.Team;
import java.time.ZoneId;
import java.util.List;

/**
 * The 30 synthetic franchises: real NBA abbreviations, cities, conferences and arena coordinates,
 * with invented nicknames. The time zone of the home arena sets local tip-off times.
 */
final class TeamCatalog {

  /** One franchise with the zone of its arena. */
  record Entry(Team team, ZoneId zone) {}

  private static final String EAST = "East";
  private static final String WEST = "West";
  private static final String ET = "America/New_York";
  private static final String CT = "America/Chicago";

  static final List<Entry> ENTRIES = List.of(
      entry("ATL", "Atlanta", "Peachjets", EAST, 33.7573, -84.3963, ET),
      entry("BOS", "Boston", "Harbormen", EAST, 42.3662, -71.0621, ET),
      entry("BKN", "Brooklyn", "Bridgers", EAST, 40.6826, -73.9754, ET),
      entry("CHA", "Charlotte", "Stingers", EAST, 35.2251, -80.8392, ET),
      entry("CHI", "Chicago", "Gales", EAST, 41.8807, -87.6742, CT),
      entry("CLE", "Cleveland", "Ironmen", EAST, 41.4965, -81.6882, ET),
      entry("DAL", "Dallas", "Wranglers", WEST, 32.7905, -96.8103, CT),
      entry("DEN", "Denver", "Summits", WEST, 39.7487, -105.0077, "America/Denver"),
      entry("DET", "Detroit", "Pistonheads", EAST, 42.3410, -83.0550, ET),
      entry("GSW", "Golden State", "Fog", WEST, 37.7680, -122.3877, "America/Los_Angeles"),
      entry("HOU", "Houston", "Orbiters", WEST, 29.7508, -95.3621, CT),
      entry("IND", "Indiana", "Speedway", EAST, 39.7640, -86.1555, "America/Indiana/Indianapolis"),
      entry("LAC", "Los Angeles", "Surfriders", WEST, 33.9450, -118.3410, "America/Los_Angeles"),
      entry("LAL", "Los Angeles", "Stars", WEST, 34.0430, -118.2673, "America/Los_Angeles"),
      entry("MEM", "Memphis", "Bluesmen", WEST, 35.1382, -90.0506, CT),
      entry("MIA", "Miami", "Tides", EAST, 25.7814, -80.1870, ET),
      entry("MIL", "Milwaukee", "Brewhawks", EAST, 43.0451, -87.9172, CT),
      entry("MIN", "Minnesota", "Frost", WEST, 44.9795, -93.2761, CT),
      entry("NOP", "New Orleans", "Bayou Kings", WEST, 29.9490, -90.0821, CT),
      entry("NYK", "New York", "Empire", EAST, 40.7505, -73.9934, ET),
      entry("OKC", "Oklahoma City", "Prairie Storm", WEST, 35.4634, -97.5151, CT),
      entry("ORL", "Orlando", "Comets", EAST, 28.5392, -81.3839, ET),
      entry("PHI", "Philadelphia", "Founders", EAST, 39.9012, -75.1720, ET),
      entry("PHX", "Phoenix", "Scorch", WEST, 33.4457, -112.0712, "America/Phoenix"),
      entry("POR", "Portland", "Timberjacks", WEST, 45.5316, -122.6668, "America/Los_Angeles"),
      entry("SAC", "Sacramento", "Goldrush", WEST, 38.5802, -121.4997, "America/Los_Angeles"),
      entry("SAS", "San Antonio", "Missions", WEST, 29.4270, -98.4375, CT),
      entry("TOR", "Toronto", "Northmen", EAST, 43.6435, -79.3791, "America/Toronto"),
      entry("UTA", "Utah", "Canyons", WEST, 40.7683, -111.9011, "America/Denver"),
      entry("WAS", "Washington", "Monuments", EAST, 38.8981, -77.0209, ET));

  private TeamCatalog() {}

  private static Entry entry(String id, String city, String name, String conference,
      double latitude, double longitude, String zone) {
    return new Entry(new Team(id, "NBA", city, name, conference, latitude, longitude),
        ZoneId.of(zone));
  }
}
