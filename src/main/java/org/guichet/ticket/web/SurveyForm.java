package org.guichet.ticket.web;

import org.guichet.ticket.Satisfaction;
import org.guichet.ticket.SurveyAnswer;

/**
 * The satisfaction questionnaire as the closing form sends it.
 */
public record SurveyForm(String score, Satisfaction delay, Satisfaction followUp, Satisfaction solution,
		Satisfaction regulatory, Satisfaction technical, Satisfaction human, String comment) {

	static SurveyForm empty() {
		return new SurveyForm(null, null, null, null, null, null, null, null);
	}

	/**
	 * @return whether this answer was chosen for that dimension, to show the form again
	 */
	public boolean chose(String dimension, Satisfaction level) {
		Satisfaction chosen = switch (dimension) {
			case "delay" -> this.delay;
			case "followUp" -> this.followUp;
			case "solution" -> this.solution;
			case "regulatory" -> this.regulatory;
			case "technical" -> this.technical;
			case "human" -> this.human;
			default -> null;
		};
		return chosen == level;
	}

	/**
	 * @return the answer; a score that is not a whole number is out of range
	 */
	SurveyAnswer toAnswer() {
		Integer value = null;
		if (this.score != null && !this.score.isBlank()) {
			try {
				value = Integer.valueOf(this.score.strip());
			}
			catch (NumberFormatException ex) {
				value = -1;
			}
		}
		return new SurveyAnswer(value, this.delay, this.followUp, this.solution, this.regulatory, this.technical,
				this.human, this.comment);
	}

}
