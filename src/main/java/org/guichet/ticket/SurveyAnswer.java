package org.guichet.ticket;

/**
 * The satisfaction questionnaire a requester fills in to accept a solution.
 *
 * @param score 0 to 10, required
 * @param delay how long it took ("délai de traitement"), or {@code null}
 * @param followUp how they were kept informed ("suivi"), or {@code null}
 * @param solution the solution itself, or {@code null}
 * @param regulatory its regulatory side, or {@code null}
 * @param technical its technical side, or {@code null}
 * @param human the people ("humain"), or {@code null}
 * @param comment free text, or {@code null}
 */
public record SurveyAnswer(Integer score, Satisfaction delay, Satisfaction followUp, Satisfaction solution,
		Satisfaction regulatory, Satisfaction technical, Satisfaction human, String comment) {

}
