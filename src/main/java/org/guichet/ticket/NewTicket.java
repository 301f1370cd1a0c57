package org.guichet.ticket;

import java.util.List;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;

/**
 * A request as its form sends it, before it is checked.
 *
 * @param organization the organization it is filed for
 * @param requester who files it and owns it
 * @param channel where it comes from
 * @param requestTypeId the chosen request type
 * @param themeId the chosen theme, or {@code null}
 * @param productId the product it is about, or {@code null}
 * @param subject its subject
 * @param description its description, rich text
 * @param impact how badly it hurts, or {@code null} when the type does not ask
 * @param urgency how soon it matters, or {@code null} when the type does not ask
 * @param beneficiary the member it is filed for, or {@code null} for the requester
 * @param phone a number to call back, or {@code null}
 * @param availability when the requester can be called, or {@code null}
 * @param watchers addresses that follow it by e-mail
 * @param uploads files attached to the description
 * @param filedBy who wrote it, when not the requester (staff at the counter), or
 * {@code null}
 */
public record NewTicket(OrganizationId organization, UserId requester, Channel channel, UUID requestTypeId,
		UUID themeId, UUID productId, String subject, String description, Impact impact, Urgency urgency,
		UserId beneficiary, String phone, String availability, List<String> watchers, List<Upload> uploads,
		UserId filedBy) {

	public NewTicket {
		watchers = (watchers != null) ? List.copyOf(watchers) : List.of();
		uploads = (uploads != null) ? List.copyOf(uploads) : List.of();
	}

}
