# Base-R equivalent of steps 2–3 (issue 9): read the workspace's yearly county files, roll every
# input up to city, province and the root by sums (the literacy share by the mean weighted by the
# population aged 18–69), compute the per-capita indicators at every level, and compare the value
# of every level target with its target for one year. No dplyr; the same files kepu reads.
# Usage: Rscript bench/r/compute.R <workspace> <year> out.csv
# Writes funding_per_capita of every region in <year> (for the correctness check); prints JSON.
args <- commandArgs(trailingOnly = TRUE)
ws <- args[1]; year <- as.integer(args[2])
t0 <- proc.time()[["elapsed"]]
regions <- read.csv(file.path(ws, "regions.csv"), colClasses = "character")
files <- list.files(file.path(ws, "data"), pattern = "^stats_.*\\.csv$", full.names = TRUE)
obs <- do.call(rbind, lapply(files, read.csv, check.names = FALSE))
names(obs)[1:2] <- c("code", "year")
obs$code <- as.character(obs$code)
lit <- read.csv(file.path(ws, "data", "literacy.csv"), check.names = FALSE)
names(lit) <- c("code", "year", "indicator", "group", "value", "se")
lit <- lit[lit$group == "总体", c("code", "year", "value")]
obs <- merge(obs, setNames(lit, c("code", "year", "literacy_share")), by = c("code", "year"), all.x = TRUE)
t1 <- proc.time()[["elapsed"]]
fields <- setdiff(names(obs), c("code", "year", "literacy_share"))
parent <- setNames(regions$parent, regions$code)
obs$lit_w <- obs$literacy_share * obs$population_18_69
level <- obs
all <- obs
repeat {
  level$code <- parent[level$code]
  level <- level[!is.na(level$code) & level$code != "", ]
  if (nrow(level) == 0) break
  level <- aggregate(level[, c(fields, "lit_w")], by = list(code = level$code, year = level$year), FUN = sum)
  level$literacy_share <- level$lit_w / level$population_18_69
  all <- rbind(all, level[, names(all)])
}
all$funding_per_capita <- all$funding_total * 10000 / all$population
all$special_funding_per_capita <- all$special_funding * 10000 / all$population
all$staff_per_10k <- (all$staff_fulltime + all$staff_parttime) / (all$population / 10000)
all$venue_area_per_10k <- all$venue_exhibition_area / (all$population / 10000)
t2 <- proc.time()[["elapsed"]]
# Level targets of the plan: value in `year` against the target, for the region and its children.
plan <- readLines(file.path(ws, sub("^plan: *", "", grep("^plan:", readLines(file.path(ws, "kepu.config.yaml")), value = TRUE))))
plan <- plan[grepl("kind: level", plan)]
ind <- sub(".*indicator: ([a-z_0-9]+),.*", "\\1", plan)
value <- as.numeric(sub(".*value: ([0-9.]+),.*", "\\1", plan))
region <- ifelse(grepl("region: \"", plan), sub(".*region: \"([0-9]+)\".*", "\\1", plan), regions$code[regions$parent == ""][1])
now <- all[all$year == year, ]
rownames(now) <- now$code
children <- split(regions$code, regions$parent)
met <- 0L; rows <- 0L
for (k in seq_along(plan)) {
  codes <- region[k]
  if (ind[k] %in% c("literacy_share", "funding_per_capita", "staff_per_10k", "venue_area_per_10k", "special_funding_per_capita")) codes <- c(codes, children[[region[k]]])
  v <- now[codes, ind[k]]
  met <- met + sum(v >= value[k], na.rm = TRUE); rows <- rows + length(codes)
}
t3 <- proc.time()[["elapsed"]]
write.csv(data.frame(code = now$code, funding_per_capita = format(now$funding_per_capita, digits = 17)), args[3], row.names = FALSE)
cat(sprintf('{"read_s": %.3f, "compute_s": %.3f, "evaluate_s": %.3f, "values": %d, "evaluation_rows": %d, "met": %d}\n', t1 - t0, t2 - t1, t3 - t2, nrow(all), rows, met))
