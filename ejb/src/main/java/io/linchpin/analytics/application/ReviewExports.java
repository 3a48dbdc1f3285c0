package io.linchpin.analytics.application;

/** The review's views as spreadsheets, with the same numbers as on screen. */
public interface ReviewExports {

  byte[] cases(ReviewService.CaseReview review);

  byte[] rootCauses(ReviewService.RootCauseReview review);

  byte[] alerts(ReviewService.AlertReview review);

  byte[] interventions(ReviewService.InterventionReview review);
}
