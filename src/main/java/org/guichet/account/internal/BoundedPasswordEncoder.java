package org.guichet.account.internal;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes be computed at once. Each Argon2id hash takes 19 MiB of
 * memory: unbounded, a flood of sign-in attempts would exhaust the heap. Attempts beyond
 * the limit wait their turn.
 */
class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore permits;

	BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
		this.delegate = delegate;
		this.permits = new Semaphore(concurrentHashes, true);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		acquire();
		try {
			return this.delegate.encode(rawPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		acquire();
		try {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private void acquire() {
		try {
			this.permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to hash a password", ex);
		}
	}

}
