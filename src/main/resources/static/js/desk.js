// The desk's ticket workspace: while the agent holds the ticket's lock, the page renews
// it every five minutes, and frees it when the agent leaves for another page (but not
// when they send one of the page's forms, which comes back to it).
document.addEventListener('DOMContentLoaded', function () {
	var workspace = document.getElementById('desk-ticket');
	if (!workspace || !workspace.dataset.lockUrl) {
		return;
	}
	var header = document.querySelector('meta[name="csrf-header"]');
	var token = document.querySelector('meta[name="csrf-token"]');
	var submitting = false;
	document.querySelectorAll('form').forEach(function (form) {
		form.addEventListener('submit', function () {
			submitting = true;
		});
	});
	window.setInterval(function () {
		var headers = {};
		if (header && token) {
			headers[header.content] = token.content;
		}
		fetch(workspace.dataset.lockUrl, { method: 'POST', headers: headers, credentials: 'same-origin' });
	}, 5 * 60 * 1000);
	window.addEventListener('pagehide', function () {
		if (submitting || !navigator.sendBeacon) {
			return;
		}
		var data = new FormData();
		if (token) {
			data.append('_csrf', token.content);
		}
		navigator.sendBeacon(workspace.dataset.unlockUrl, data);
	});
});

// Canned replies: the one chosen is inserted, with the ticket's values, where the cursor
// is in the message editor (or at its end).
document.addEventListener('DOMContentLoaded', function () {
	var button = document.getElementById('insert-canned');
	if (!button) {
		return;
	}
	button.addEventListener('click', function () {
		var chosen = document.getElementById('canned').value;
		var source = document.getElementById('canned-' + chosen);
		var root = document.getElementById('body-editor');
		var quill = (root && window.Quill) ? window.Quill.find(root.parentNode) : null;
		if (!source || !quill) {
			var textarea = document.getElementById('body');
			textarea.value += source ? source.innerHTML : '';
			return;
		}
		var range = quill.getSelection(true);
		quill.clipboard.dangerouslyPasteHTML(range ? range.index : quill.getLength() - 1, source.innerHTML);
		root.focus();
	});
});
