-- Records per (source, scope, subject, region, calendar month), kept up to date with surveillance_count, for trends
-- by month and year. month_start is the month's first day.
CREATE TABLE surveillance_month_count (
    source  VARCHAR(20)  NOT NULL,
    scope   VARCHAR(10)  NOT NULL,
    subject VARCHAR(80)  NOT NULL,
    region  VARCHAR(8)   NOT NULL,
    month_start DATE        NOT NULL,
    n       BIGINT       NOT NULL,
    PRIMARY KEY (source, scope, subject, region, month_start)
);
