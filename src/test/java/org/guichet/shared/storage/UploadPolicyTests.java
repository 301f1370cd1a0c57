package org.guichet.shared.storage;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files are judged by their first bytes, not by their name.
 */
class UploadPolicyTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R' };

	private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] WINDOWS_PROGRAM = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff,
			(byte) 0xff, 0, 0 };

	@Test
	void aFileWhoseContentMatchesItsExtensionIsAccepted() {
		assertThat(UploadPolicy.refusal("capture.PNG", PNG)).isEmpty();
		assertThat(UploadPolicy.refusal("facture.pdf", PDF)).isEmpty();
		assertThat(
				UploadPolicy.refusal("journal.log", "2026-11-23 erreur de calcul\n".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
	}

	@Test
	void aFileWhoseContentIsSomethingElseIsRefused() {
		assertThat(UploadPolicy.refusal("facture.pdf", WINDOWS_PROGRAM)).contains("upload.error.content");
		assertThat(UploadPolicy.refusal("photo.png", PDF)).contains("upload.error.content");
		assertThat(UploadPolicy.refusal("facture.pdf", "pas un PDF".getBytes(StandardCharsets.UTF_8)))
			.contains("upload.error.content");
	}

	@Test
	void anExtensionOutsideTheListIsRefused() {
		assertThat(UploadPolicy.refusal("installer.exe", WINDOWS_PROGRAM)).contains("upload.error.extension");
		assertThat(UploadPolicy.refusal("sans-extension", PDF)).contains("upload.error.extension");
		assertThat(UploadPolicy.refusal(null, PDF)).contains("upload.error.extension");
		assertThat(UploadPolicy.extensions()).contains("pdf", "png", "docx").doesNotContain("exe", "js", "html");
	}

}
