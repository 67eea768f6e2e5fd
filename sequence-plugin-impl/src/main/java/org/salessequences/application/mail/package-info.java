/**
 * The email channel as the engine sees it: render and send the email of a step execution, and report back
 * what happened to sent emails (opens, clicks, replies, bounces, unsubscribes).
 */
package org.salessequences.application.mail;
