package com.betterbros.props.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;

/**
 * The rules that keep the house's shape (docs/ARCHITECTURE.md, "Packages and arrows"). Each names
 * what it protects; a violation fails the build with the offending class and dependency.
 */
@AnalyzeClasses(packages = "com.betterbros.props", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "com.betterbros.props.";
  /** The domains: each a package with an {@code api} (contract) and a {@code core} (pure) sub-package. */
  static final String[] DOMAINS = {"props", "history", "context", "features", "model", "corr", "optimize",
      "experiments", "jobs", "eval", "snapshots", "export", "keys", "users"};
  /** Packages of pure code: records and computations, testable and benchmarkable without Vert.x. */
  static final String[] PURE = {"..core..", ROOT + "math..", ROOT + "sim..", ROOT + "platforms..",
      ROOT + "identity.."};

  @ArchTest
  static final ArchRule pureCodeImportsNoVertx = noClasses()
      .that().resideInAnyPackage(PURE)
      .should().dependOnClassesThat().resideInAPackage("io.vertx..")
      .because("domain cores, math, sim, platform parsing and identity rules are plain Java: JSON and the"
          + " bus live at the edge (api views, services, verticles, routes)");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching(ROOT + "(**)")
      .should().beFreeOfCycles()
      .because("arrows run one way: app wires, domains use their contracts, store, math and sim");

  @ArchTest
  static final ArchRule storeKnowsNoDomain = noClasses()
      .that().resideInAPackage(ROOT + "store..")
      .should().dependOnClassesThat().resideInAnyPackage(domainPackages("..")).orShould().dependOnClassesThat()
      .resideInAnyPackage(ROOT + "app..", ROOT + "http..")
      .because("the store is infrastructure: app assembles the domains' repositories (app.Repositories)");

  @ArchTest
  static final ArchRule nothingDependsOnApp = noClasses()
      .that().resideOutsideOfPackage(ROOT + "app..")
      .should().dependOnClassesThat().resideInAPackage(ROOT + "app..")
      .because("app wires everything and nothing wires app: each domain owns its settings record");

  @ArchTest
  static final ArchRule coreDependsOnNoEdge = noClasses()
      .that().resideInAPackage("..core..")
      .should().dependOnClassesThat().resideInAnyPackage(domainPackages(""))
      .orShould().dependOnClassesThat().resideInAnyPackage("..api..", ROOT + "app..", ROOT + "http..",
          ROOT + "bus..")
      .because("a core knows records and math, never the services, routes or repositories around it");

  @ArchTest
  static final ArchRule domainsMeetThroughContracts = CompositeArchRule.of(Arrays.stream(DOMAINS)
      .map(d -> noClasses()
          .that().resideOutsideOfPackages(ROOT + d + "..", ROOT + "app..")
          .should().dependOnClassesThat().resideInAPackage(ROOT + d)
          .as("only " + d + " itself and app use " + ROOT + d + " (others use " + d + ".api and " + d + ".core)"))
      .toList())
      .because("a domain reaches another only through its contract: the bus service and in-process ports"
          + " (api) and its records (core)");

  @ArchTest
  static final ArchRule apiKnowsNoEdge = noClasses()
      .that().resideInAPackage("..api..")
      .should().dependOnClassesThat().resideInAnyPackage(domainPackages(""))
      .orShould().dependOnClassesThat().resideInAnyPackage(ROOT + "app..", ROOT + "http..")
      .because("a contract is what callers compile against: it cannot pull an implementation in");

  @ArchTest
  static final ArchRule onlyRoutesAndHttpUseVertxWeb = noClasses()
      .that().resideOutsideOfPackage(ROOT + "http..")
      .and().haveSimpleNameNotEndingWith("Routes")
      .should().dependOnClassesThat(webServerClasses())
      .because("HTTP is the gateway's business: domains see a service call, not a RoutingContext");

  @ArchTest
  static final ArchRule httpHelpersServeRoutesOnly = classes()
      .that().resideInAPackage(ROOT + "http..")
      .should().onlyHaveDependentClassesThat(JavaClass.Predicates.resideInAnyPackage(ROOT + "http..", ROOT + "app..")
          .or(HasName.Predicates.nameMatching(".*Routes")))
      .because("request helpers, the problem JSON and auth handlers are for the HTTP edge");

  @ArchTest
  static final ArchRule verticlesAreNamedSo = classes()
      .that().areAssignableTo(io.vertx.core.Deployable.class).and().areNotInterfaces()
      .should().haveSimpleNameEndingWith("Verticle");

  @ArchTest
  static final ArchRule onlyAppDeploys = noClasses()
      .that().resideOutsideOfPackage(ROOT + "app..")
      .should().callMethodWhere(deployVerticle())
      .because("deployment is data (app.DomainTable): domains never deploy each other");

  @ArchTest
  static final ArchRule onlyVerticlesBindServices = noClasses()
      .that().haveSimpleNameNotEndingWith("Verticle")
      .should().dependOnClassesThat().haveFullyQualifiedName("io.vertx.serviceproxy.ServiceBinder")
      .because("a XxxVerticle binds its service to the bus; nothing else registers consumers for a contract");

  @ArchTest
  static final ArchRule oneTopLevelTypePerFile = classes()
      .that().areTopLevelClasses()
      .should(TopLevelTypes.beAloneInTheirSourceFile());

  private static String[] domainPackages(String suffix) {
    return Arrays.stream(DOMAINS).map(d -> ROOT + d + suffix).toArray(String[]::new);
  }

  private static DescribedPredicate<JavaClass> webServerClasses() {
    return DescribedPredicate.describe("vertx-web server classes (io.vertx.ext.web, not its client)",
        c -> c.getPackageName().startsWith("io.vertx.ext.web")
            && !c.getPackageName().startsWith("io.vertx.ext.web.client")
            && !c.getPackageName().startsWith("io.vertx.ext.web.codec"));
  }

  private static DescribedPredicate<JavaMethodCall> deployVerticle() {
    return DescribedPredicate.describe("Vertx.deployVerticle",
        call -> call.getTarget().getName().equals("deployVerticle"));
  }
}
