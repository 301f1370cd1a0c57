package org.guichet.knowledge.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The knowledge base's limits.
 *
 * @param maxAttachmentSize the largest file attached to an article (PDF, image, video)
 * @param suggestions how many articles the request form suggests at most
 */
@ConfigurationProperties("guichet.knowledge")
public record KnowledgeProperties(@DefaultValue("20MB") DataSize maxAttachmentSize,
		@DefaultValue("5") int suggestions) {

}
