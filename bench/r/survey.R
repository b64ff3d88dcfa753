# R's survey package on the benchmark's respondent file (issue 9, step 4): the literacy share with
# its standard error for the whole sample (svymean) and for each district (svyby), stratified
# two-level cluster design, Taylor linearisation, the same design kepu estimates.
# Usage: Rscript bench/r/survey.R respondents.csv out.csv
# Prints one JSON line: seconds to read the CSV, and to build the design and estimate (in memory).
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1], fileEncoding = "UTF-8", check.names = FALSE, stringsAsFactors = FALSE)
names(d) <- c("stratum", "psu", "weight", "district", "urban", "sex", "literate")
t1 <- proc.time()[["elapsed"]]
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = d)
total <- svymean(~literate, des)
by <- svyby(~literate, ~district, des, svymean)
t2 <- proc.time()[["elapsed"]]
out <- data.frame(
  domain = c("", as.character(by$district)),
  estimate = c(coef(total)[[1]], by$literate),
  se = c(SE(total)[[1]], by$se)
)
write.csv(format(out, digits = 17), args[2], row.names = FALSE, fileEncoding = "UTF-8")
cat(sprintf('{"read_s": %.3f, "estimate_s": %.3f, "domains": %d}\n', t1 - t0, t2 - t1, nrow(by)))
