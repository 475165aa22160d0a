// While a visitor types the heading of a question, suggest published answers that may already cover it.
// Progressive enhancement: without JavaScript the form works the same, just without suggestions.
(function () {
  'use strict';
  var title = document.getElementById('title');
  var box = document.getElementById('suggestions');
  if (!title || !box || !window.fetch) {
    return;
  }
  var list = box.querySelector('ul');
  var lang = document.documentElement.lang || 'nb';
  var timer = null;
  var latest = 0;

  function show(items) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    items.forEach(function (item) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '/qa/' + encodeURIComponent(item.slug) + '?lang=' + encodeURIComponent(lang);
      a.textContent = item.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = items.length === 0;
  }

  function lookup() {
    var text = title.value.trim();
    if (text.length < 3) {
      show([]);
      return;
    }
    var ticket = ++latest;
    fetch('/api/qa?size=5&q=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (page) {
        if (ticket === latest) {
          show(page.items || []);
        }
      })
      .catch(function () { show([]); });
  }

  title.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 300);
  });
})();
