package io.linchpin.monitoring.application;

import io.linchpin.people.application.Ref;
import java.time.Instant;
import java.util.List;

/**
 * People's right to have what Linchpin holds about them explained (PIPL art. 24). Anyone linked to
 * an employee record asks; HR (admins, and business partners for the people of their units) answer
 * with the explanation Linchpin draws from the stored evidence — each alert with its data points,
 * baseline and threshold, and the risk score line by line — and their own words. Nothing in
 * Linchpin decides about a person by itself; the explanation says so. Every read is audited.
 */
public interface ExplanationService {

  /** The caller asks about themselves. */
  ExplanationView ask(String question);

  /** The caller's own requests with their answers, newest first. */
  List<ExplanationView> mine();

  /** The requests waiting for an answer about people the caller sees (HR), oldest first. */
  List<ExplanationView> open();

  /**
   * A request (HR); an open one comes with the explanation as it would be answered now, drawn from
   * the stored evidence. Audited.
   */
  ExplanationView request(long id);

  /** Answers a request with the explanation drawn now and HR's words (required). */
  ExplanationView answer(long id, String answer);

  /** A request; {@code explanation} and {@code answer} once answered (or drawn for HR). */
  record ExplanationView(
      long id,
      Ref employee,
      String status,
      String question,
      List<String> explanation,
      String answer,
      Instant askedAt,
      Instant answeredAt,
      String answeredBy) {}
}
