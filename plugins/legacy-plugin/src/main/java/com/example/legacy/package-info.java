/** A plugin as it was written for plugin API 1.0, kept to prove that newer hosts still run it. */
package com.example.legacy;
