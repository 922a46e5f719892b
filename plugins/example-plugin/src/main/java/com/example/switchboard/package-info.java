/** An example third-party plugin: a notifier that posts each event, with its own version, to a URL. */
package com.example.switchboard;
