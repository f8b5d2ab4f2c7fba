/** Normalized values of DATE, MONEY and PERCENT mentions, shared by the Japanese and English recognizers. */
package dev.kiji.value;
