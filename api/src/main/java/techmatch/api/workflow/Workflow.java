package techmatch.api.workflow;

import java.io.PrintStream;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.runtime.ServiceResources;
import techmatch.api.service.MatchCache;
import techmatch.core.record.IndustryClassification;

/** The broker workflow's services, made once per server over the service's database and indexes. */
public record Workflow(AssignmentService assignments, ReviewService reviews, PipelineService pipeline,
    JudgmentExport judgments, AuditService audit, RecordRefs refs) {

  public static Workflow of(ServiceResources r, AccessPolicy policy, AssignmentStore assignmentStore, MatchCache cache,
      PrintStream log) {
    AuditLog auditLog = new AuditLog(r.home().json().mapper());
    ReviewStore reviewStore = new ReviewStore();
    PipelineStore pipelineStore = new PipelineStore();
    RecordRefs refs = new RecordRefs(r.home(), policy);
    PipelineService pipeline = new PipelineService(r.database(), pipelineStore, auditLog, policy, r.clock());
    AssignmentService assignments = new AssignmentService(r.database(), assignmentStore, auditLog, policy, r.keys(),
        r.home(), IndustryClassification.standard(), r.clock(), log);
    ReviewService reviews = new ReviewService(r.database(), assignmentStore, reviewStore, pipeline, auditLog, policy,
        refs, r.home(), r.home().engine(), cache, r.clock());
    return new Workflow(assignments, reviews, pipeline, new JudgmentExport(r.database(), reviewStore, pipelineStore,
        policy), new AuditService(r.database(), auditLog, policy), refs);
  }
}
