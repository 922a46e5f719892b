/* Switchboard portal: keyboard navigation, the slide-out panel, URL state. No framework beyond PrimeFaces. */
(function () {
  'use strict';

  // The server shows times in the browser's zone.
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) {
      document.cookie = 'sb_tz=' + encodeURIComponent(zone) + '; path=/; SameSite=Lax';
    }
  } catch (e) { /* the server falls back to UTC */ }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('tr.sb-row'));
  }

  function widget(name) {
    try {
      return window.PF ? PF(name) : null;
    } catch (e) {
      return null;
    }
  }

  // The panel's ticket lives in the URL: opening it adds a history entry (Back returns to the list),
  // opening another from the panel replaces it, closing it goes back to the entry before.
  var closingFromHistory = false;

  function ticketInUrl() {
    return new URL(window.location.href).searchParams.get('ticket');
  }

  function setTicketParam(number) {
    if (!window.history || !window.history.pushState) {
      return;
    }
    var url = new URL(window.location.href);
    if (number) {
      if (url.searchParams.get('ticket') === number) {
        return;
      }
      var pushed = window.history.state && window.history.state.sbPanel;
      url.searchParams.set('ticket', number);
      if (pushed) {
        window.history.replaceState({ sbPanel: true }, '', url.toString());
      } else {
        window.history.pushState({ sbPanel: true }, '', url.toString());
      }
    } else if (window.history.state && window.history.state.sbPanel) {
      window.history.back();
    } else {
      url.searchParams.delete('ticket');
      window.history.replaceState(window.history.state, '', url.toString());
    }
  }

  window.addEventListener('popstate', function () {
    var panel = widget('ticketPanel');
    var number = ticketInUrl();
    if (!number) {
      if (panel && panel.isVisible && panel.isVisible()) {
        closingFromHistory = true;
        panel.hide();
      }
    } else if (window.sbOpenTicket) {
      window.sbOpenTicket([{ name: 'ticket', value: number }]);
    }
  });

  /** A filter form's fields as a URL, leaving out the empty ones. */
  function filterUrl(form) {
    var url = new URL(form.getAttribute('action'), window.location.href);
    url.search = '';
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || (field.tagName !== 'INPUT' && field.tagName !== 'SELECT')) {
        return;
      }
      if (field.disabled || !field.value || ((field.type === 'checkbox' || field.type === 'radio') && !field.checked)
          || field.value === field.getAttribute('data-default')) {
        return;
      }
      if (field.multiple) {
        var values = Array.prototype.filter.call(field.options, function (o) { return o.selected && o.value; })
          .map(function (o) { return o.value; });
        if (values.length) {
          url.searchParams.set(field.name, values.join(','));
        }
      } else {
        url.searchParams.set(field.name, field.value);
      }
    });
    return url.toString();
  }

  /** Nothing typed or picked in the open panel that a reload could disturb. */
  function panelIdle() {
    var form = document.getElementById('panelForm');
    if (!form || document.getElementById('panelForm:details')) {
      return !form;
    }
    // What differs from what the server drew is the user's; a field drawn with a value (0 minutes) is not.
    var fields = form.querySelectorAll('textarea, input[type=text], input:not([type])');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value.trim() !== fields[i].defaultValue.trim() && !fields[i].closest('.ui-inplace')) {
        return false;
      }
    }
    var status = document.getElementById('panelForm:statusTarget_input');
    return !(status && status.value);
  }

  // Live queues: ask the server every few seconds whether anything changed, one question at a time.
  var LIVE_MS = 4000;

  function scheduleLive() {
    window.setTimeout(function () {
      var idle = !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();
      if (window.sbLive && idle && document.visibilityState !== 'hidden') {
        window.sbLive();
      } else {
        scheduleLive();
      }
    }, LIVE_MS);
  }

  document.addEventListener('DOMContentLoaded', scheduleLive);

  var SB = {
    /** Opens a ticket in the slide-out panel, without leaving the page. */
    open: function (id) {
      if (window.sbOpenTicket) {
        window.sbOpenTicket([{ name: 'ticket', value: String(id) }]);
      }
    },
    panelOpened: function () {
      var number = document.querySelector('#panelContent .sb-number');
      if (number) {
        var panel = widget('ticketPanel');
        if (panel) {
          panel.show();
        }
        setTicketParam(number.getAttribute('data-number'));
        // The panel is a dialog: focus goes into it, unless the user is already typing there.
        var content = document.getElementById('panelContent');
        if (content && !content.contains(document.activeElement)) {
          content.focus({ preventScroll: true });
        }
      }
    },
    panelClosed: function () {
      if (closingFromHistory) {
        closingFromHistory = false;
      } else {
        setTicketParam(null);
      }
      var current = document.querySelector('tr.sb-row.sb-current');
      if (current) {
        current.focus();
      }
    },
    /** Something changed on the server: lists and cards on the page catch up. */
    changed: function () {
      if (window.sbRefresh) {
        window.sbRefresh();
      }
    },
    /** After a bulk request: ask for the next chunk, or refresh the list once all are done. */
    bulkContinue: function (args) {
      if (args && args.more && window.sbBulkStep) {
        window.sbBulkStep();
      } else if (args && !args.validationFailed) {
        SB.changed();
        bulkReset();
      }
    },
    /**
     * A canned reply came back: it goes in at the cursor of the composer, replacing the ::shortcut
     * just typed when {@code shortcut} is true.
     */
    insertCanned: function (args, shortcut) {
      var text = document.getElementById('panelForm:tabs:noteText');
      if (!text || !args || typeof args.canned !== 'string') {
        return;
      }
      var end = text.selectionEnd;
      var start = text.selectionStart;
      if (shortcut) {
        var typed = /::[a-z0-9_-]+$/i.exec(text.value.substring(0, start));
        start = typed ? start - typed[0].length : start;
      }
      text.value = text.value.substring(0, start) + args.canned + text.value.substring(end);
      text.selectionStart = text.selectionEnd = start + args.canned.length;
      text.dispatchEvent(new Event('input', { bubbles: true }));
      text.focus();
    },
    /** The live poll answered: refresh what is stale, say who else is replying; then ask again later. */
    live: function (args) {
      scheduleLive();
      if (!args) {
        return;
      }
      if (args.changed) {
        SB.changed();
      }
      if (args.ticketChanged && window.sbReloadPanel) {
        if (panelIdle()) {
          window.sbReloadPanel();
        } else {
          // Half-typed input is never thrown away: the next save asks to reload instead.
          var stale = document.getElementById('replying');
          if (stale && !args.replying) {
            args.replying = 'Someone else changed this ticket meanwhile; reload before you save.';
          }
        }
      }
      var replying = document.getElementById('replying');
      if (replying && typeof args.replying === 'string' && replying.textContent !== args.replying) {
        replying.textContent = args.replying;
      }
    },
    /** The list was re-rendered: the rows still picked for a bulk action are ticked again. */
    restorePicks: function () {
      var ids = document.getElementById('bulkForm:ids');
      if (!ids) {
        return;
      }
      var picked = ids.value ? ids.value.split(',').map(function (p) { return p.split('@')[0]; }) : [];
      document.querySelectorAll('input.sb-pick').forEach(function (c) { c.checked = picked.indexOf(c.value) >= 0; });
      bulkSync();
    },
    focusRow: function (row) {
      rows().forEach(function (r) { r.classList.remove('sb-current'); });
      if (row) {
        row.classList.add('sb-current');
        row.focus();
      }
    }
  };
  window.SB = SB;

  // Bulk selection: the picked row ids go into the bulk form; the bar shows while something is picked.
  function bulkField(name) {
    return document.getElementById('bulkForm:' + name);
  }

  function bulkSync() {
    var form = document.getElementById('bulkForm');
    if (!form) {
      return;
    }
    var picked = Array.prototype.filter.call(document.querySelectorAll('input.sb-pick'), function (c) { return c.checked; });
    var all = bulkField('all').value === 'true';
    // id@version: a ticket someone changed since this list was read is refused, not overwritten
    bulkField('ids').value = picked.map(function (c) { return c.value + '@' + c.getAttribute('data-version'); }).join(',');
    var count = all ? Number(form.getAttribute('data-total')) : picked.length;
    form.classList.toggle('sb-bulk-on', count > 0);
    document.getElementById('bulkCount').textContent = count === 1 ? '1 ticket selected' : count + ' tickets selected';
    var pickAll = document.getElementById('pickAll');
    var everyRow = picked.length > 0 && picked.length === document.querySelectorAll('input.sb-pick').length;
    pickAll.hidden = all || !everyRow || Number(form.getAttribute('data-total')) <= picked.length;
    var page = document.getElementById('pickPage');
    if (page) {
      page.checked = everyRow;
    }
  }

  function bulkReset() {
    if (!document.getElementById('bulkForm')) {
      return;
    }
    bulkField('all').value = 'false';
    document.querySelectorAll('input.sb-pick').forEach(function (c) { c.checked = false; });
    bulkSync();
  }

  document.addEventListener('change', function (event) {
    var t = event.target;
    if (t.classList && t.classList.contains('sb-pick')) {
      bulkField('all').value = 'false';
      bulkSync();
    } else if (t.id === 'pickPage') {
      bulkField('all').value = 'false';
      document.querySelectorAll('input.sb-pick').forEach(function (c) { c.checked = t.checked; });
      bulkSync();
    }
  });

  document.addEventListener('click', function (event) {
    var t = event.target;
    if (t.id === 'pickAll') {
      event.preventDefault();
      bulkField('all').value = 'true';
      bulkSync();
    } else if (t.id === 'pickNone') {
      event.preventDefault();
      bulkReset();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    bulkSync();
    // The filter bar shows what the URL says; changing a menu applies it at once.
    document.querySelectorAll('select[data-value]').forEach(function (select) {
      // An empty value is set too: back in history, the browser restores the menu's old choice otherwise.
      var value = select.getAttribute('data-value') || '';
      if (select.multiple) {
        var picked = value === '' ? [] : value.split(',');
        Array.prototype.forEach.call(select.options, function (o) { o.selected = picked.indexOf(o.value) >= 0; });
      } else if (value.indexOf(',') < 0) {
        select.value = value;
      }
    });
    document.querySelectorAll('input[data-checked]').forEach(function (box) {
      box.checked = box.getAttribute('data-checked') === 'true';
    });
    // Every filter change is a new history entry with only the filters that are set.
    var filters = document.getElementById('filters');
    if (filters) {
      Array.prototype.filter.call(filters.elements, function (e) { return e.classList.contains('sb-auto'); }).forEach(function (input) {
        input.addEventListener('change', function () {
          // a filter that only means something within this one (a PSA board within its connection) is dropped
          var within = input.getAttribute('data-clears') && document.getElementById(input.getAttribute('data-clears'));
          if (within) {
            within.value = '';
          }
          window.location.assign(filterUrl(filters));
        });
      });
      filters.addEventListener('submit', function (event) {
        event.preventDefault();
        window.location.assign(filterUrl(filters));
      });
    }
    var table = document.getElementById('ticketTable');
    if (table) {
      table.addEventListener('click', function (event) {
        var row = event.target.closest('tr.sb-row');
        if (event.target.closest('.sb-col-pick')) {
          return; // ticking a row picks it, it does not open it
        }
        if (event.target.closest('a.sb-badge-psa')) {
          return; // the PSA badge opens the ticket in the PSA
        }
        if (!row || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
          return;
        }
        event.preventDefault();
        SB.focusRow(row);
        SB.open(row.getAttribute('data-id'));
      });
    }
  });

  window.addEventListener('pageshow', function (event) {
    // Back from another page: the browser may restore old form values; the URL wins.
    if (event.persisted) {
      window.location.reload();
    }
  });

  // Enter in a small form inside the panel (New task, Link, Spin off) presses that form's button,
  // never the first button of the panel (Move); elsewhere in the panel a bare Enter does nothing.
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key !== 'Enter' || event.defaultPrevented || !target || target.tagName !== 'INPUT'
        || !target.closest('#panelForm') || target.type === 'file' || target.type === 'checkbox') {
      return;
    }
    var own = target.closest('.sb-inline-form');
    var button = own && own.querySelector('button[type=submit]');
    event.preventDefault();
    if (button && !button.disabled) {
      button.click();
    }
  });

  // Typing in the composer tells colleagues who have the ticket open ("Sam is replying…"), at most every 3 s.
  var lastTyping = 0;
  document.addEventListener('input', function (event) {
    if (event.target && event.target.id === 'panelForm:tabs:noteText' && window.sbTyping && Date.now() - lastTyping > 3000) {
      lastTyping = Date.now();
      window.sbTyping();
    }
  });

  // "::ack" then Tab in the composer asks the server for the canned reply with that shortcut.
  document.addEventListener('keydown', function (event) {
    var text = event.target;
    if (event.key !== 'Tab' || event.shiftKey || !text || text.id !== 'panelForm:tabs:noteText' || !window.sbExpandCanned) {
      return;
    }
    var typed = /::([a-z0-9_-]+)$/i.exec(text.value.substring(0, text.selectionStart));
    if (typed) {
      event.preventDefault();
      window.sbExpandCanned([{ name: 'shortcut', value: typed[1] }]);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var key = event.key;
    if (key === 'Escape') {
      var panel = widget('ticketPanel');
      if (panel && panel.isVisible && panel.isVisible()) {
        panel.hide();
      }
      return;
    }
    if (typing(event.target)) {
      return;
    }
    var list = rows();
    var current = document.activeElement && document.activeElement.classList && document.activeElement.classList.contains('sb-row')
      ? document.activeElement : document.querySelector('tr.sb-row.sb-current');
    var index = current ? list.indexOf(current) : -1;
    if ((key === 'j' || key === 'ArrowDown') && list.length) {
      event.preventDefault();
      SB.focusRow(list[Math.min(list.length - 1, index + 1)]);
    } else if ((key === 'k' || key === 'ArrowUp') && list.length) {
      event.preventDefault();
      SB.focusRow(list[Math.max(0, index - 1)]);
    } else if (key === 'Enter' && current) {
      event.preventDefault();
      SB.focusRow(current); // remembered, so closing the panel brings focus back here
      SB.open(current.getAttribute('data-id'));
    } else if (key === '/') {
      var search = document.getElementById('f-q') || document.getElementById('sb-q');
      if (search) {
        event.preventDefault();
        search.focus();
      }
    } else if (key === 'n') {
      var button = document.getElementById('topForm:newTicket');
      if (button) {
        event.preventDefault();
        button.click();
      }
    }
  });
})();
