/* global window, document, fetch, sessionStorage, WebChat */
// Starts Web Chat on Signpost's own Direct Line. The token comes from Signpost (it binds this browser
// tab to one new conversation); Web Chat then talks to /v3/directline over a WebSocket. The token and
// conversation are kept for this tab only (sessionStorage), so a reload carries on the same chat and
// closing the tab forgets it.
(function () {
  'use strict';

  var STORE = 'signpost.webchat';
  var ONLINE = 2;
  var FAILED = 4;
  var container = document.getElementById('webchat');
  var loading = document.getElementById('chat-loading');
  var failed = document.getElementById('chat-failed');
  var locale = container.getAttribute('data-locale') || 'en-GB';
  var domain = window.location.origin + '/v3/directline';

  function fail() {
    loading.hidden = true;
    failed.hidden = false;
    try {
      sessionStorage.removeItem(STORE);
    } catch {
      // Storage may be switched off; nothing to forget then.
    }
  }

  function post(path, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(domain + path, { method: 'POST', headers: headers }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  function saved() {
    try {
      var value = JSON.parse(sessionStorage.getItem(STORE) || 'null');
      return value && value.token && value.conversationId && value.userId ? value : null;
    } catch {
      return null;
    }
  }

  function remember(session) {
    try {
      sessionStorage.setItem(STORE, JSON.stringify(session));
    } catch {
      // Without storage a reload simply starts a new chat.
    }
  }

  /** The chat of this tab if its token can still be refreshed, else a new one. */
  function session() {
    var previous = saved();
    var fresh = function () {
      return post('/tokens/generate').then(function (body) {
        return { token: body.token, conversationId: body.conversationId, userId: body.userId, resume: false };
      });
    };
    if (!previous) return fresh();
    return post('/tokens/refresh', previous.token).then(function (body) {
      return {
        token: body.token,
        conversationId: body.conversationId,
        userId: previous.userId,
        resume: true,
      };
    }, fresh);
  }

  var styleOptions = {
    accent: '#005eb8',
    primaryFont: "Frutiger, 'Frutiger W01', Arial, 'Helvetica Neue', Helvetica, sans-serif",
    fontSizeSmall: '85%',
    backgroundColor: '#f0f4f5',
    subtle: '#4c6272',
    timestampColor: '#4c6272',
    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#4c6272',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 4,
    bubbleTextColor: '#212b32',
    bubbleFromUserBackground: '#005eb8',
    bubbleFromUserBorderColor: '#005eb8',
    bubbleFromUserBorderWidth: 1,
    bubbleFromUserBorderRadius: 4,
    bubbleFromUserTextColor: '#ffffff',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#005eb8',
    suggestedActionBorderWidth: 2,
    suggestedActionBorderRadius: 4,
    suggestedActionTextColor: '#005eb8',
    suggestedActionHeight: 44,
    sendBoxHeight: 56,
    sendBoxTextColor: '#212b32',
    sendBoxButtonColor: '#005eb8',
    sendBoxBorderTop: 'solid 2px #4c6272',
    hideUploadButton: true,
  };

  session()
    .then(function (current) {
      var directLine = WebChat.createDirectLine({
        domain: domain,
        webSocket: true,
        token: current.token,
        conversationId: current.resume ? current.conversationId : undefined,
        conversationStartProperties: { locale: locale },
      });
      directLine.connectionStatus$.subscribe(function (status) {
        if (status === ONLINE) {
          remember({ token: current.token, conversationId: current.conversationId, userId: current.userId });
        } else if (status === FAILED) {
          fail();
        }
      });
      WebChat.renderWebChat(
        { directLine: directLine, userID: current.userId, locale: locale, styleOptions: styleOptions },
        container,
      );
      loading.hidden = true;
    })
    .catch(fail);
})();
