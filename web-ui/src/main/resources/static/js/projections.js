// Projections page: polls the processors' figures once a second and puts them in place, so a
// rebuild's progress shows without reloading. Without JavaScript the page's reload link does the same.
(function () {
    'use strict';
    var table = document.getElementById('processors');
    if (!table || !window.fetch) {
        return;
    }
    var url = table.getAttribute('data-status-url');

    function put(row, field, value) {
        var cell = row.querySelector('[data-field="' + field + '"]');
        if (!cell) {
            return;
        }
        if (typeof value === 'boolean') {
            value = cell.getAttribute(value ? 'data-yes' : 'data-no');
        }
        cell.textContent = value === null || value === undefined ? '—' : String(value);
    }

    function refresh() {
        if (document.hidden) {
            return;
        }
        fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (processors) {
                processors.forEach(function (processor) {
                    var row = table.querySelector('tr[data-group="' + CSS.escape(processor.group) + '"]');
                    if (!row) {
                        return;
                    }
                    ['running', 'replaying', 'segmentsClaimed', 'segments', 'position', 'eventsDone', 'eventsTotal',
                        'rate'].forEach(function (field) { put(row, field, processor[field]); });
                });
            })
            .catch(function () { /* the next tick tries again */ });
    }

    window.setInterval(refresh, 1000);
}());
