/** A Switchboard notifier plugin: posts a short JSON greeting for each event it is subscribed to. */
package com.example.hello;
