package com.betterbros.props.sim;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Draws unique invented player names and their slugs ("marcus-okafor") from a seeded stream. */
final class NameGenerator {

  private static final List<String> FIRST = List.of(
      "Marcus", "Jalen", "Tyrese", "Darius", "Malik", "Andre", "Isaiah", "Devin", "Jordan", "Caleb",
      "Elijah", "Xavier", "Terrence", "Quentin", "Damon", "Rashad", "Luka", "Nikola", "Bogdan",
      "Mateo", "Santiago", "Kofi", "Emeka", "Chidi", "Tobias", "Lauri", "Jonas", "Mikael", "Dario",
      "Aaron", "Brandon", "Cameron", "Dante", "Evan", "Franklin", "Garrett", "Harrison", "Ivan",
      "Jamal", "Keegan", "Lonnie", "Miles", "Nolan", "Omari", "Patrick", "Reggie", "Silas", "Trent",
      "Victor", "Wendell", "Yusuf", "Zion", "Amir", "Bennett", "Cedric", "Desmond", "Emmanuel",
      "Felix", "Grant", "Hassan", "Ike", "Jabari", "Kendrick", "Lamar", "Moses", "Nate", "Oscar",
      "Pascal", "Rudy", "Scottie", "Theo", "Udoka", "Vince", "Wes");
  private static final List<String> LAST = List.of(
      "Okafor", "Whitfield", "Brennan", "Castellano", "Dubois", "Eriksen", "Fairbanks", "Gallagher",
      "Holloway", "Iwobi", "Jovanovic", "Kowalski", "Lindqvist", "Mbeki", "Nakamura", "Oyelaran",
      "Petrovic", "Quarles", "Rasmussen", "Sandoval", "Thibodeaux", "Underwood", "Vasquez",
      "Wainwright", "Yeboah", "Zeller", "Abernathy", "Bankole", "Crenshaw", "Delacroix",
      "Ekwueme", "Fontaine", "Grayson", "Hargrove", "Ingram", "Jefferson", "Kuznetsov", "Lockhart",
      "Mensah", "Novak", "Odom", "Pritchard", "Radovic", "Stanton", "Tillman", "Ugarte", "Vukovic",
      "Westbrooke", "Adeyemi", "Bjornsson", "Carrington", "Dimitrov", "Ellsworth", "Ferreira",
      "Gunnarsson", "Haddad", "Ibaka", "Jurgens", "Kamara", "Lacroix", "Moreau", "Nwosu", "Olsen",
      "Pemberton", "Rutherford", "Sorensen", "Treadwell", "Ventura", "Whitaker", "Achterberg",
      "Blackwood", "Coleridge", "Drummond", "Easterling", "Fitzgerald", "Goodwin", "Hawthorne",
      "Ibekwe", "Kingsley", "Langford", "Mcallister", "Northcutt", "Ortega", "Prescott", "Sterling",
      "Thornton", "Valentine", "Winslow", "Yarbrough", "Zubac");

  private final SplittableRandom rng;
  private final Set<String> used = new HashSet<>();

  NameGenerator(SplittableRandom rng) {
    this.rng = rng;
  }

  /** A name not drawn before by this generator. */
  String next() {
    while (true) {
      String name = FIRST.get(rng.nextInt(FIRST.size())) + " " + LAST.get(rng.nextInt(LAST.size()));
      if (used.add(slug(name))) {
        return name;
      }
    }
  }

  /** Lower-case ASCII slug with hyphens between words: "Marcus Okafor" -> "marcus-okafor". */
  static String slug(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return lower.replaceAll("(^-+)|(-+$)", "");
  }
}
