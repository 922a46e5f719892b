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

  function setTicketParam(number) {
    if (!window.history || !window.history.replaceState) {
      return;
    }
    var url = new URL(window.location.href);
    if (number) {
      url.searchParams.set('ticket', number);
    } else {
      url.searchParams.delete('ticket');
    }
    window.history.replaceState(window.history.state, '', url.toString());
  }

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
      }
    },
    panelClosed: function () {
      setTicketParam(null);
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
    focusRow: function (row) {
      rows().forEach(function (r) { r.classList.remove('sb-current'); });
      if (row) {
        row.classList.add('sb-current');
        row.focus();
      }
    }
  };
  window.SB = SB;

  document.addEventListener('DOMContentLoaded', function () {
    // The filter bar shows what the URL says; changing a menu applies it at once.
    document.querySelectorAll('select[data-value]').forEach(function (select) {
      var value = select.getAttribute('data-value');
      if (value && value.indexOf(',') < 0) {
        select.value = value;
      }
    });
    document.querySelectorAll('input[data-checked]').forEach(function (box) {
      box.checked = box.getAttribute('data-checked') === 'true';
    });
    document.querySelectorAll('#filters .sb-auto').forEach(function (input) {
      input.addEventListener('change', function () {
        input.form.submit();
      });
    });
    // Empty filters stay out of the URL.
    var filters = document.getElementById('filters');
    if (filters) {
      filters.addEventListener('submit', function () {
        filters.querySelectorAll('input, select').forEach(function (field) {
          if (!field.value || (field.type === 'checkbox' && !field.checked)) {
            field.disabled = true;
          }
        });
      });
    }
    var table = document.getElementById('ticketTable');
    if (table) {
      table.addEventListener('click', function (event) {
        var row = event.target.closest('tr.sb-row');
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
