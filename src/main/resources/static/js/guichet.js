// Sends the CSRF token with every htmx request, as Spring Security requires for writes.
document.addEventListener('htmx:configRequest', function (event) {
	var header = document.querySelector('meta[name="csrf-header"]');
	var token = document.querySelector('meta[name="csrf-token"]');
	if (header && token) {
		event.detail.headers[header.content] = token.content;
	}
});

// Moves the keyboard focus to the summary of errors when a form comes back invalid.
document.addEventListener('DOMContentLoaded', function () {
	var errors = document.getElementById('form-errors');
	if (errors) {
		errors.focus();
	}
});

// Counts the addresses typed in an invitation box, for the sentence under it.
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('[data-count-addresses]').forEach(function (box) {
		var output = document.getElementById(box.getAttribute('data-count-addresses'));
		var update = function () {
			var count = box.value.split(/[,;\r\n]+/).filter(function (part) {
				return part.trim().length > 0;
			}).length;
			output.textContent = output.getAttribute('data-template').replace('{0}', count);
		};
		box.addEventListener('input', update);
		update();
	});
});

// Bot protection (ALTCHA): the browser solves the proof of work by itself, so people have
// no puzzle to solve. Where it cannot (no Web Crypto), the text question stays.
document.addEventListener('DOMContentLoaded', function () {
	document.querySelectorAll('[data-altcha-challenge]').forEach(function (input) {
		var form = input.form;
		var status = form.querySelector('[data-altcha-status]');
		var fallback = form.querySelector('[data-altcha-fallback]');
		if (!window.crypto || !window.crypto.subtle || !window.TextEncoder) {
			return;
		}
		var challenge = JSON.parse(input.getAttribute('data-altcha-challenge'));
		fallback.hidden = true;
		fallback.querySelectorAll('input').forEach(function (field) { field.disabled = true; });
		status.hidden = false;
		var encoder = new TextEncoder();
		var toHex = function (buffer) {
			return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
				return b.toString(16).padStart(2, '0');
			}).join('');
		};
		var attempt = function (number) {
			if (number > challenge.maxnumber) {
				fallback.hidden = false;
				fallback.querySelectorAll('input').forEach(function (field) { field.disabled = false; });
				status.hidden = true;
				return;
			}
			window.crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + number)).then(function (hash) {
				if (toHex(hash) === challenge.challenge) {
					input.value = btoa(JSON.stringify({
						algorithm: challenge.algorithm, challenge: challenge.challenge, number: number,
						salt: challenge.salt, signature: challenge.signature
					}));
					status.textContent = status.getAttribute('data-solved');
				} else {
					attempt(number + 1);
				}
			});
		};
		attempt(0);
	});
});
