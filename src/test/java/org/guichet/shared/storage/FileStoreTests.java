package org.guichet.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files named by their content: stored once however often they are uploaded, read back as
 * they were, nothing left behind.
 */
class FileStoreTests {

	@TempDir
	Path root;

	@Test
	void theSameContentIsStoredOnceUnderItsSha256() throws IOException {
		FileStore store = new FileSystemFileStore(this.root);
		StoredFile first = store.store(content("Bonjour"));
		StoredFile again = store.store(content("Bonjour"));
		StoredFile other = store.store(content("Au revoir"));
		assertThat(first.sha256()).as("sha256sum of \"Bonjour\"")
			.isEqualTo("9172e8eec99f144f72eca9a568759580edadb2cfd154857f07e657569493bc44");
		assertThat(again).isEqualTo(first);
		assertThat(first.size()).isEqualTo(7);
		assertThat(other.sha256()).isNotEqualTo(first.sha256());
		try (Stream<Path> files = Files.walk(this.root)) {
			assertThat(files.filter(Files::isRegularFile)).as("two contents, no temporary file left").hasSize(2);
		}
		try (InputStream in = store.open(first.sha256())) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Bonjour");
		}
		assertThat(store.contains(first.sha256())).isTrue();
	}

	@Test
	void onlyAHashOpensAFile() {
		FileStore store = new FileSystemFileStore(this.root);
		assertThatIllegalArgumentException().isThrownBy(() -> store.open("../../etc/passwd"));
		assertThatThrownBy(() -> store.open("0".repeat(64))).isInstanceOf(NoSuchFileException.class);
	}

	private static InputStream content(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
