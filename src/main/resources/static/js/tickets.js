// Tickets: the rich-text editor over each textarea.rich-text, the subject prefilled from
// the theme, files dropped on a picker, and the dashboard's chart drawn from its table.
(function () {
	'use strict';

	// Quill over a textarea, driven by the toolbar of real buttons written by the page.
	// Tab leaves the editor (no keyboard trap); the textarea keeps the HTML for the form.
	function startEditor(textarea) {
		var toolbar = document.querySelector('[data-editor-for="' + textarea.id + '"]');
		if (!window.Quill || !toolbar) {
			return;
		}
		var ColorClass = Quill.import('attributors/class/color');
		Quill.register(ColorClass, true);
		var holder = document.createElement('div');
		holder.className = 'rich-text-editor form-control';
		if (textarea.classList.contains('is-invalid')) {
			holder.classList.add('is-invalid');
		}
		textarea.parentNode.insertBefore(holder, textarea.nextSibling);
		var leave = { key: 9, handler: function () { return true; } };
		var images = textarea.hasAttribute('data-images');
		var quill = new Quill(holder, {
			formats: ['bold', 'italic', 'underline', 'list', 'link', 'color'].concat(images ? ['image'] : []),
			modules: {
				toolbar: false,
				keyboard: { bindings: { tab: leave, indent: leave, outdent: { key: 9, shiftKey: true, handler: function () { return true; } } } }
			}
		});
		if (textarea.value) {
			quill.clipboard.dangerouslyPasteHTML(textarea.value);
		}
		var editable = holder.querySelector('.ql-editor');
		editable.setAttribute('role', 'textbox');
		editable.setAttribute('aria-multiline', 'true');
		var label = document.querySelector('label[for="' + textarea.id + '"]');
		if (label) {
			if (!label.id) {
				label.id = textarea.id + '-label';
			}
			editable.setAttribute('aria-labelledby', label.id);
		}
		['aria-describedby', 'aria-invalid'].forEach(function (name) {
			if (textarea.hasAttribute(name)) {
				editable.setAttribute(name, textarea.getAttribute(name));
			}
		});
		editable.id = textarea.id + '-editor';
		textarea.hidden = true;
		toolbar.hidden = false;
		toolbar.setAttribute('aria-controls', editable.id);
		if (label) {
			label.setAttribute('for', editable.id);
			label.addEventListener('click', function () { quill.focus(); });
		}
		var sync = function () {
			textarea.value = quill.getText().trim().length > 0 ? quill.root.innerHTML : '';
		};
		quill.on('text-change', sync);
		if (images) {
			offerImages(textarea, quill, sync);
		}
		toolbar.querySelectorAll('button[data-format]').forEach(function (button) {
			button.addEventListener('click', function () {
				var name = button.getAttribute('data-format');
				var current = quill.getFormat();
				if (name === 'link') {
					var url = window.prompt(button.getAttribute('data-prompt'), 'https://');
					quill.format('link', url && /^(https?:|mailto:)/i.test(url) ? url : false);
				} else if (name === 'list') {
					var value = button.getAttribute('data-value');
					quill.format('list', current.list === value ? false : value);
				} else {
					quill.format(name, !current[name]);
				}
				quill.focus();
				sync();
				reflect();
			});
		});
		var color = toolbar.querySelector('select[data-format="color"]');
		if (color) {
			color.addEventListener('change', function () {
				quill.format('color', color.value || false);
				sync();
			});
		}
		var reflect = function () {
			var format = quill.getFormat();
			toolbar.querySelectorAll('button[aria-pressed]').forEach(function (button) {
				button.setAttribute('aria-pressed', format[button.getAttribute('data-format')] ? 'true' : 'false');
			});
		};
		quill.on('selection-change', function (range) {
			if (range) {
				reflect();
			}
		});
		textarea.form.addEventListener('submit', sync);
	}

	// An article's images, inserted where the cursor is by their buttons (shown only when
	// the editor runs). The editor keeps an image's address only: its description is
	// given back to every image shown, from its button, and the server puts it in again
	// when the text is saved.
	function offerImages(textarea, quill, sync) {
		var buttons = document.querySelectorAll('[data-insert-image][data-editor-target="' + textarea.id + '"]');
		var describe = function () {
			quill.root.querySelectorAll('img').forEach(function (image) {
				buttons.forEach(function (button) {
					if (image.getAttribute('src') === button.getAttribute('data-insert-image')) {
						image.setAttribute('alt', button.getAttribute('data-alt'));
					}
				});
				if (!image.hasAttribute('alt')) {
					image.setAttribute('alt', '');
				}
			});
		};
		new MutationObserver(describe).observe(quill.root, { childList: true, subtree: true });
		describe();
		buttons.forEach(function (button) {
			button.hidden = false;
			button.addEventListener('click', function () {
				var range = quill.getSelection(true);
				quill.insertEmbed(range.index, 'image', button.getAttribute('data-insert-image'), 'user');
				quill.setSelection(range.index + 1, 0);
				sync();
			});
		});
	}

	// The subject takes the theme's path while the requester has not typed one.
	function prefillSubject(select) {
		var subject = document.getElementById(select.getAttribute('data-subject-source'));
		if (!subject) {
			return;
		}
		var filled = subject.value;
		select.addEventListener('change', function () {
			var option = select.options[select.selectedIndex];
			if (subject.value === '' || subject.value === filled) {
				subject.value = option.getAttribute('data-path') || '';
				filled = subject.value;
			}
		});
	}

	// Files dropped anywhere on the zone go to its file input.
	function acceptDrops(zone) {
		var input = zone.querySelector('input[type="file"]');
		['dragenter', 'dragover'].forEach(function (type) {
			zone.addEventListener(type, function (event) {
				event.preventDefault();
				zone.classList.add('drop-zone-active');
			});
		});
		['dragleave', 'drop'].forEach(function (type) {
			zone.addEventListener(type, function () {
				zone.classList.remove('drop-zone-active');
			});
		});
		zone.addEventListener('drop', function (event) {
			event.preventDefault();
			if (event.dataTransfer && event.dataTransfer.files.length > 0) {
				input.files = event.dataTransfer.files;
			}
		});
	}

	// A bar chart of the table it describes: first column the labels, second the counts.
	function drawChart(canvas) {
		var table = document.getElementById(canvas.getAttribute('data-chart-table'));
		if (!window.Chart || !table) {
			return;
		}
		var labels = [];
		var counts = [];
		table.querySelectorAll('tbody tr').forEach(function (row) {
			labels.push(row.cells[0].textContent.trim());
			counts.push(Number(row.cells[1].textContent.trim()));
		});
		new Chart(canvas, {
			type: 'bar',
			data: { labels: labels, datasets: [{ label: table.querySelector('thead th:last-child').textContent.trim(), data: counts, backgroundColor: '#1b365d' }] },
			options: { responsive: true, maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
		});
	}

	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('textarea.rich-text').forEach(startEditor);
		document.querySelectorAll('select[data-subject-source]').forEach(prefillSubject);
		document.querySelectorAll('.drop-zone').forEach(acceptDrops);
		document.querySelectorAll('canvas[data-chart-table]').forEach(drawChart);
	});
}());
