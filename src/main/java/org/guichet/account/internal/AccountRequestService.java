package org.guichet.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.guichet.account.AccountRequestId;
import org.guichet.account.AccountRequestView;
import org.guichet.account.AccountRequests;
import org.guichet.account.EmailAddress;
import org.guichet.account.UserId;
import org.guichet.notification.Outbox;
import org.guichet.notification.OutgoingMail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountRequestService implements AccountRequests {

	/** Beyond this many pending requests, new ones are dropped: the desk would drown. */
	static final int MAX_PENDING = 1000;

	private final AccountRequestRepository requests;

	private final Outbox outbox;

	private final Clock clock;

	AccountRequestService(AccountRequestRepository requests, Outbox outbox, Clock clock) {
		this.requests = requests;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Records a request from the public form. The person always sees the same
	 * confirmation, whether or not they already have an account.
	 */
	@Override
	@Transactional
	public void submit(String lastName, String firstName, String phone, EmailAddress email, String organizationName,
			String customerCode, String message, Locale language) {
		if (this.requests.countByState("PENDING") >= MAX_PENDING) {
			return;
		}
		this.requests.save(new AccountRequest(lastName.strip(), firstName.strip(), blankToNull(phone), email.value(),
				organizationName.strip(), blankToNull(customerCode), blankToNull(message), language.getLanguage(),
				this.clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountRequestView> list(boolean pendingOnly) {
		return (pendingOnly ? this.requests.findPending() : this.requests.findTop200ByOrderByCreatedAtDesc()).stream()
			.map(AccountRequest::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountRequestView> find(AccountRequestId id) {
		return this.requests.findById(id.value()).map(AccountRequest::view);
	}

	@Override
	@Transactional
	public void markApproved(AccountRequestId id, UserId handledBy, UUID organizationId) {
		this.requests.findById(id.value())
			.orElseThrow()
			.approve(handledBy.value(), organizationId, this.clock.instant());
	}

	@Override
	@Transactional
	public void refuse(AccountRequestId id, UserId handledBy, String reason) {
		AccountRequest request = this.requests.findById(id.value()).orElseThrow();
		request.refuse(handledBy.value(), reason, this.clock.instant());
		this.outbox.enqueue(
				new OutgoingMail(request.email(), "account/request-refused", Locale.forLanguageTag(request.language()),
						Map.of("name", request.firstName() + " " + request.lastName(), "reason", reason.strip())));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
