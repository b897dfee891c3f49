/*
 * Live updates: when a projection changes, re-fetch this page and swap in the fresh version of every
 * element marked data-live-refresh (with an id). One the user is working in is not swapped: its parts
 * marked data-live-part (with an id) that the user is not working in are; its actions marked
 * data-live-action (with an id) that the fresh page no longer has are switched off, with the text of
 * its data-live-no-longer; and when its data-live-version differs from the fresh one, its
 * data-live-changed text is announced above it, so nobody types on, unaware, into a page that moved on. The server
 * sends "changed" events over server-sent events; EventSource reconnects on its own. A refresh
 * carries the page's refresh token, so that the access log does not count it as another view.
 */
(function () {
    'use strict';
    var script = document.currentScript;
    if (!window.EventSource || !window.fetch || !script) {
        return;
    }
    var DEBOUNCE_MS = 300;
    var updatedText = script.dataset.updated || 'Updated {0}';
    var refreshHeaders = {'Accept': 'text/html'};
    if (script.dataset.refresh) {
        refreshHeaders['BorderLedger-Refresh'] = script.dataset.refresh;
    }
    var pending = null;
    var notice = null;

    /** Forms the user has started typing in: never replaced under their hands. */
    var typedIn = new WeakSet();
    document.addEventListener('input', function (event) {
        if (event.target.form) {
            typedIn.add(event.target.form);
        }
    });

    function busy(element) {
        var focused = document.activeElement;
        if (focused && focused !== document.body && element.contains(focused)
                && focused.matches('input, select, textarea, [contenteditable]')) {
            return true;
        }
        return Array.prototype.some.call(element.querySelectorAll('form'), function (form) {
            return typedIn.has(form);
        }) || (element.closest('form') !== null && typedIn.has(element.closest('form')));
    }

    function showNotice() {
        if (!notice) {
            notice = document.createElement('p');
            notice.className = 'live-notice';
            notice.setAttribute('role', 'status');
            notice.setAttribute('aria-live', 'polite');
            document.body.appendChild(notice);
        }
        var now = new Date();
        var time = [now.getHours(), now.getMinutes(), now.getSeconds()].map(function (part) {
            return String(part).padStart(2, '0');
        }).join(':');
        notice.textContent = updatedText.replace('{0}', time);
    }

    /** Brings a region the user is typing in up to date around the typing; the number of parts replaced. */
    function refreshAround(element, replacement, fresh) {
        var replaced = 0;
        element.querySelectorAll('[data-live-part][id]').forEach(function (part) {
            var freshPart = fresh.getElementById(part.id);
            if (freshPart && !busy(part)) {
                part.replaceWith(document.importNode(freshPart, true));
                replaced++;
            }
        });
        element.querySelectorAll('[data-live-action][id]').forEach(function (action) {
            if (!fresh.getElementById(action.id) && !action.classList.contains('no-longer')) {
                switchOff(action, element.dataset.liveNoLonger);
            }
        });
        if (element.dataset.liveVersion && element.dataset.liveVersion !== replacement.dataset.liveVersion) {
            announceChange(element, replacement.dataset.liveChanged);
        }
        return replaced;
    }

    function switchOff(action, why) {
        action.classList.add('no-longer');
        // Only its buttons: what was typed stays readable and can be copied.
        action.querySelectorAll('button').forEach(function (button) {
            button.disabled = true;
        });
        var note = document.createElement('p');
        note.className = 'message warning';
        note.textContent = why || '';
        action.insertBefore(note, action.firstChild);
    }

    /** One notice above the region, kept up to date with the latest change; focus is left where it is. */
    function announceChange(element, text) {
        var id = element.id + '-changed';
        var banner = document.getElementById(id);
        if (!banner) {
            banner = document.createElement('p');
            banner.id = id;
            banner.className = 'message warning live-changed';
            banner.setAttribute('role', 'alert');
            element.parentNode.insertBefore(banner, element);
        }
        banner.textContent = text || '';
    }

    function refresh() {
        pending = null;
        fetch(location.href, {credentials: 'same-origin', headers: refreshHeaders})
            .then(function (response) {
                // A redirect to the sign-in page means the session ended: leave the page as it is.
                if (!response.ok || response.redirected) {
                    throw new Error('not refreshed: ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html');
                var replaced = 0;
                document.querySelectorAll('[data-live-refresh][id]').forEach(function (element) {
                    var replacement = fresh.getElementById(element.id);
                    if (!replacement || !element.isConnected) {
                        return;
                    }
                    if (!busy(element)) {
                        element.replaceWith(document.importNode(replacement, true));
                        replaced++;
                        return;
                    }
                    replaced += refreshAround(element, replacement, fresh);
                });
                if (replaced > 0) {
                    showNotice();
                }
            })
            .catch(function () {
                // The next change tries again.
            });
    }

    if (!document.querySelector('[data-live-refresh][id]')) {
        return;
    }
    var source = new EventSource(script.dataset.changes);
    source.addEventListener('changed', function () {
        if (pending) {
            clearTimeout(pending);
        }
        pending = setTimeout(refresh, DEBOUNCE_MS);
    });
    window.addEventListener('pagehide', function () {
        source.close();
    });
})();
