/** An example parser plugin for quick create: labelled fields in, a draft out; its mode setting injects faults. */
package com.example.parser;
