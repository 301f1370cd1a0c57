/**
 * The knowledge base: articles numbered KB + 7 digits with their versions and files, the
 * French full-text search scoped to what the reader may read, readers' feedback, and the
 * suggestions shown while a request is filed (with the requests they spared).
 */
@ApplicationModule(displayName = "Knowledge base")
package org.guichet.knowledge;

import org.springframework.modulith.ApplicationModule;
