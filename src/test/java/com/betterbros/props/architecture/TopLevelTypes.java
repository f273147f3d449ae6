package com.betterbros.props.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** ArchUnit condition: a top-level type lives in the file named after it (so one per file). */
final class TopLevelTypes {

  private TopLevelTypes() {}

  static ArchCondition<JavaClass> beAloneInTheirSourceFile() {
    return new ArchCondition<>("be the only top-level type of their source file (File.java holds File)") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String file = c.getSource().flatMap(s -> s.getFileName()).orElse(null);
        if (file == null) {
          return;
        }
        boolean ok = file.equals(c.getSimpleName() + ".java") || file.equals("package-info.java");
        events.add(new SimpleConditionEvent(c, ok, c.getName() + " is declared in " + file));
      }
    };
  }
}
