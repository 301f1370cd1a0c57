package org.guichet.ticket;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file someone attaches to a message.
 *
 * @param fileName the name it was uploaded with
 * @param size its size in bytes, as uploaded
 * @param content its bytes, readable more than once (an uploaded multipart file is)
 */
public record Upload(String fileName, long size, InputStreamSource content) {

	/**
	 * @return the files a form sent, those left empty skipped
	 */
	public static List<Upload> of(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files) {
			if (!file.isEmpty()) {
				uploads.add(new Upload((file.getOriginalFilename() != null) ? file.getOriginalFilename() : "fichier",
						file.getSize(), file));
			}
		}
		return uploads;
	}

}
