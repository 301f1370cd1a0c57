package org.guichet.ticket.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.guichet.account.UserId;
import org.guichet.organization.OrganizationId;
import org.guichet.shared.storage.VirusScanner;
import org.guichet.support.DemoUsers;
import org.guichet.ticket.Channel;
import org.guichet.ticket.NewTicket;
import org.guichet.ticket.Upload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Files go through the configured virus scanner before anything is saved, and before any
 * transaction holds a database connection. The scanner here is a stand-in for clamd
 * (whose own protocol {@code ClamdScannerTests} checks): it finds the EICAR test string
 * and notes whether a transaction was open when it was asked.
 */
@SpringBootTest(properties = "guichet.test.database=guichet_scan")
class VirusScanIntegrationTests {

	static final List<Boolean> TRANSACTION_OPEN_WHILE_SCANNING = new ArrayList<>();

	@Autowired
	TicketService tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anInfectedFileIsRefusedAndNothingIsSaved() {
		long before = this.jdbc.queryForObject("select count(*) from tickets", Long.class);
		byte[] eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
			.getBytes(StandardCharsets.US_ASCII);
		assertThatExceptionOfType(TicketService.TicketInputException.class)
			.isThrownBy(() -> file("Virus " + UUID.randomUUID(), upload("notes.txt", eicar)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("upload.error.virus"));
		assertThat(this.jdbc.queryForObject("select count(*) from tickets", Long.class)).isEqualTo(before);
	}

	@Test
	void aCleanFileIsScannedOutsideAnyTransactionThenStored() {
		TRANSACTION_OPEN_WHILE_SCANNING.clear();
		String number = file("Propre " + UUID.randomUUID(),
				upload("notes.txt", "bonjour".getBytes(StandardCharsets.UTF_8)));
		assertThat(TRANSACTION_OPEN_WHILE_SCANNING).containsExactly(false);
		assertThat(this.tickets.attachments(number)).extracting((file) -> file.fileName()).containsExactly("notes.txt");
	}

	private String file(String subject, Upload upload) {
		UUID question = this.jdbc.queryForObject("select request_type_id from request_types where code = 'QUESTION'",
				UUID.class);
		return this.tickets.file(new NewTicket(townHall(), marie(), Channel.PORTAL, question, null, null, subject,
				"<p>Voici</p>", null, null, null, null, null, List.of(), List.of(upload), null));
	}

	private static Upload upload(String name, byte[] content) {
		return new Upload(name, content.length, new ByteArrayResource(content));
	}

	private OrganizationId townHall() {
		return new OrganizationId(this.jdbc
			.queryForObject("select organization_id from organizations where customer_code = 'C-1001'", UUID.class));
	}

	private UserId marie() {
		return new UserId(this.jdbc.queryForObject("select user_id from users where email = ?", UUID.class,
				DemoUsers.MEMBER.email()));
	}

	@TestConfiguration
	static class EicarScanner {

		@Bean
		@Primary
		VirusScanner eicarScanner() {
			return new VirusScanner() {

				@Override
				public Verdict scan(InputStream content) throws IOException {
					TRANSACTION_OPEN_WHILE_SCANNING.add(TransactionSynchronizationManager.isActualTransactionActive());
					String text = new String(content.readAllBytes(), StandardCharsets.ISO_8859_1);
					return text.contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE")
							? new Verdict(false, "Eicar-Test-Signature") : Verdict.ofClean();
				}

				@Override
				public boolean enabled() {
					return true;
				}

			};
		}

	}

}
