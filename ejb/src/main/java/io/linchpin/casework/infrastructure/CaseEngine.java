package io.linchpin.casework.infrastructure;

import io.linchpin.casework.domain.CaseSignals;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.transaction.TransactionManager;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.AbstractEngineConfiguration;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.engine.impl.el.ProcessExpressionManager;

/**
 * The embedded BPMN engine: on the server's datasource, in the container's JTA transactions, its
 * job threads made by the server. Its schema belongs to the Liquibase change log, so the engine
 * only checks that the schema matches its version. Deploys the shipped playbooks when they changed.
 *
 * <p>Timers are found by polling; {@code linchpin.casework.timer-poll-ms} (default 5000) sets how
 * often, which is also how late a timer may fire.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseEngine {

  private static final Logger LOG = Logger.getLogger(CaseEngine.class.getName());

  /** The playbooks Linchpin ships, by process key. */
  static final List<String> SHIPPED = List.of("debtCollection", "adverseFinding", "retentionRisk");

  /** The name under which beans reach the playbooks' Java steps. */
  static final String SIGNALS = "caseSignals";

  @Resource(lookup = "java:jboss/datasources/LinchpinDS")
  DataSource dataSource;

  @Resource(lookup = "java:/TransactionManager")
  TransactionManager transactionManager;

  @Resource ManagedThreadFactory threads;
  @Resource ContextService contexts;

  @EJB CaseSignals signals;

  private ProcessEngine engine;

  /** Runs work in the context this bean was created in (naming, class loader). */
  public interface InContext {
    void run(Runnable work);
  }

  @PostConstruct
  void start() {
    long begin = System.nanoTime();
    InContext inContext =
        contexts.createContextualProxy((InContext) Runnable::run, InContext.class);
    int poll = Integer.getInteger("linchpin.casework.timer-poll-ms", 5000);
    JtaProcessEngineConfiguration cfg = new JtaProcessEngineConfiguration();
    cfg.setEngineName("linchpin");
    cfg.setDataSource(dataSource);
    cfg.setTransactionManager(transactionManager);
    cfg.setTransactionsExternallyManaged(true);
    cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    if (h2InOracleMode()) {
      // H2 in Oracle mode speaks Oracle's SQL (no LIMIT), but not Oracle's multi-table INSERT ALL.
      cfg.setDatabaseType(AbstractEngineConfiguration.DATABASE_TYPE_ORACLE);
      cfg.setBulkInsertEnabled(false);
    }
    cfg.setDisableIdmEngine(true);
    cfg.setDisableEventRegistry(true);
    cfg.setHistoryLevel(HistoryLevel.AUDIT);
    cfg.setClassLoader(CaseEngine.class.getClassLoader());
    // Playbooks are data: the engine parses them safely, builds only Linchpin's behaviours, has no
    // script language, and its expressions see the case's variables but no bean. The Java steps
    // reach Linchpin's services through the configuration's beans.
    cfg.setEnableSafeBpmnXml(true);
    cfg.setActivityBehaviorFactory(new GuardedBehaviors());
    cfg.setScriptEngine(GuardedBehaviors.NO_SCRIPTS);
    cfg.setExpressionManager(new ProcessExpressionManager(Map.of()));
    cfg.setBeans(Map.of(SIGNALS, signals));
    cfg.setEventListeners(List.of(new CaseEventRecorder(signals)));
    cfg.setAsyncExecutorActivate(true);
    cfg.setAsyncExecutorThreadFactory(work -> threads.newThread(() -> inContext.run(work)));
    cfg.setAsyncExecutorDefaultTimerJobAcquireWaitTime(poll);
    cfg.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(poll);
    cfg.setAsyncExecutorCorePoolSize(2);
    cfg.setAsyncExecutorMaxPoolSize(4);
    engine = cfg.buildProcessEngine();
    deployShipped();
    LOG.info(() -> "Case engine started (" + (System.nanoTime() - begin) / 1_000_000 + " ms)");
  }

  private boolean h2InOracleMode() {
    try (Connection c = dataSource.getConnection()) {
      if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
        return false;
      }
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select setting_value from information_schema.settings"
                      + " where setting_name = 'MODE'")) {
        return rs.next() && "ORACLE".equalsIgnoreCase(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
    }
  }

  /**
   * Deploys each shipped playbook under its own deployment name; the engine skips a deployment
   * identical to the last one of that name, so a restart adds no version.
   */
  private void deployShipped() {
    for (String key : SHIPPED) {
      String resource = "playbooks/" + key + ".bpmn20.xml";
      try (InputStream in = CaseEngine.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the shipped playbook " + resource + " is missing");
        }
        engine
            .getRepositoryService()
            .createDeployment()
            .name("shipped:" + key)
            .addInputStream(key + ".bpmn20.xml", in)
            .enableDuplicateFiltering()
            .deploy();
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the shipped playbook " + resource, e);
      }
    }
  }

  @PreDestroy
  void stop() {
    if (engine != null) {
      engine.close();
    }
  }

  public ProcessEngine engine() {
    return engine;
  }
}
