package org.guichet.ticket.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.ticket.Channel;
import org.guichet.ticket.Impact;
import org.guichet.ticket.NewTicket;
import org.guichet.ticket.Upload;
import org.guichet.ticket.Urgency;

/**
 * What the new-request form sends; kept as typed, so the form shows it again when the
 * request cannot be filed.
 */
public class NewTicketForm {

	private UUID requestTypeId;

	private UUID themeId;

	private UUID productId;

	private String subject;

	private String description;

	private Impact impact;

	private Urgency urgency;

	private UUID beneficiaryId;

	private String phone;

	private String availability;

	private String watchers;

	NewTicket toRequest(OrganizationId organization, UserId requester, Channel channel, List<Upload> uploads,
			UserId filedBy) {
		List<String> addresses = (this.watchers != null)
				? Arrays.stream(this.watchers.split("[,;\\s]+")).filter((one) -> !one.isBlank()).toList() : List.of();
		return new NewTicket(organization, requester, channel, this.requestTypeId, this.themeId, this.productId,
				this.subject, this.description, this.impact, this.urgency,
				(this.beneficiaryId != null) ? new UserId(this.beneficiaryId) : null, this.phone, this.availability,
				addresses, uploads, filedBy);
	}

	public UUID getRequestTypeId() {
		return this.requestTypeId;
	}

	public void setRequestTypeId(UUID requestTypeId) {
		this.requestTypeId = requestTypeId;
	}

	public UUID getThemeId() {
		return this.themeId;
	}

	public void setThemeId(UUID themeId) {
		this.themeId = themeId;
	}

	public UUID getProductId() {
		return this.productId;
	}

	public void setProductId(UUID productId) {
		this.productId = productId;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Impact getImpact() {
		return this.impact;
	}

	public void setImpact(Impact impact) {
		this.impact = impact;
	}

	public Urgency getUrgency() {
		return this.urgency;
	}

	public void setUrgency(Urgency urgency) {
		this.urgency = urgency;
	}

	public UUID getBeneficiaryId() {
		return this.beneficiaryId;
	}

	public void setBeneficiaryId(UUID beneficiaryId) {
		this.beneficiaryId = beneficiaryId;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAvailability() {
		return this.availability;
	}

	public void setAvailability(String availability) {
		this.availability = availability;
	}

	public String getWatchers() {
		return this.watchers;
	}

	public void setWatchers(String watchers) {
		this.watchers = watchers;
	}

}
