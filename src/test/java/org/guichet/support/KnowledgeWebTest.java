package org.guichet.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Guichet on a random port with a database of its own for the knowledge base's tests,
 * with a small limit on article files so that a refused file stays small.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RestoreDemoUsersExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "guichet.test.database=guichet_knowledge", "guichet.knowledge.max-attachment-size=200KB" })
public @interface KnowledgeWebTest {

}
